/**
 * The taxonomy's depth in the families recruiters fill most (the sixth round, written blind): the managed cloud
 * services, libraries, methods, models, documents and certificates that resumes name in passing. The sibling of
 * taxonomy-trades.test.ts, in its style.
 */
import { describe, expect, it } from 'vitest';
import { findSkills, normalizeSkill } from './taxonomy.ts';

const ids = (text: string, options?: Parameters<typeof findSkills>[1]) => findSkills(text, options).map((m) => m.skill.id);

describe('the sixth round: depth in the mainstream families', () => {
  it.each([
    // backend & cloud
    ['Amazon SQS', 'message-queue'],
    ['Azure Service Bus', 'message-queue'],
    ['腾讯云TKE', 'tencent-cloud'],
    ['阿里云OSS', 'object-storage'],
    ['Google Kubernetes Engine', 'kubernetes'],
    ['Apache APISIX', 'api-gateways'],
    ['Kitex', 'rpc-frameworks'],
    ['Seata', 'distributed-transactions'],
    ['Redis分布式锁', 'distributed-locks'],
    ['Raft算法', 'consensus-algorithms'],
    ['MapStruct', 'java-libraries'],
    ['GORM', 'go-libraries'],
    ['Pydantic', 'python-libraries'],
    ['TypeORM', 'node-libraries'],
    ['ASP.NET Core', 'dotnet-libraries'],
    ['Pair Programming', 'pair-programming'],
    ['Trunk-based Development', 'trunk-based-development'],
    ['Test-Driven Development', 'unit-testing'],
    ['技术债', 'refactoring'],
    ['Azure Key Vault', 'azure-services'],
    ['Cloud Run', 'serverless'],
    ['火山引擎', 'domestic-cloud-platforms'],
  ])('%s → %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('reads no framework named by an everyday word as a skill in prose', () => {
    expect(ids('We kept the echo of the fiber rack quiet; a kind conductor sang with solid temporal rhythm')).toEqual([]);
    for (const word of ['Passport', 'Poetry', 'Composer', 'Jackson', 'Caffeine', 'Diesel', 'Cargo', 'SAE', 'GCE', 'TBD'])
      expect(normalizeSkill(word)?.category ?? 'none', word).not.toMatch(/^(backend|cloud)$/);
    expect(ids('Kong, Zuul, Traefik', { isSkillList: true })).toEqual(['api-gateways', 'api-gateways', 'api-gateways']);
  });
});
