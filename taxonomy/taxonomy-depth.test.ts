/**
 * The taxonomy's depth in the families recruiters fill most (the sixth round, written blind): the managed cloud
 * services, libraries, methods, models, documents and certificates that resumes name in passing. The sibling of
 * taxonomy-trades.test.ts, in its style.
 */
import { describe, expect, it } from 'vitest';
import { normalizeSkill } from './taxonomy.ts';
import { ids } from '../tests/support/skill-ids.ts';

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
    // mobile
    ['Retrofit', 'android-networking'],
    ['Room Database', 'android-jetpack'],
    ['RxJava', 'reactive-mobile'],
    ['Kotlin Coroutines', 'reactive-mobile'],
    ['Hilt', 'dependency-injection'],
    ['Firebase Crashlytics', 'crash-reporting'],
    ['AppsFlyer', 'mobile-analytics'],
    ['Alamofire', 'ios-libraries'],
    ['Core Data', 'ios-frameworks'],
    ['Tinker热修复', 'app-hotfix'],
    ['组件化', 'mobile-modularization'],
    ['启动优化', 'mobile-app-performance'],
    ['TestFlight', 'app-store-publishing'],
    ['极光推送', 'push-notifications'],
    ['Riverpod', 'flutter-ecosystem'],
    ['CodePush', 'react-native'],
    ['支付宝小程序', 'other-mini-programs'],
    ['微信开发者工具', 'mini-program'],
    ['Apple Pay', 'mobile-payments'],
    ['高德地图SDK', 'mobile-maps-sdk'],
    ['ExoPlayer', 'audio-video-development'],
    // data, ML & AI
    ['DeepFM', 'ctr-prediction'],
    ['双塔模型', 'recommender-systems'],
    ['NDCG', 'ranking-metrics'],
    ['Triton Inference Server', 'model-serving'],
    ['vLLM', 'llm-serving'],
    ['Feast', 'feature-stores'],
    ['QLoRA', 'llm-fine-tuning'],
    ['Direct Preference Optimization', 'llm-fine-tuning'],
    ['Qdrant', 'vector-databases'],
    ['CrewAI', 'ai-agents'],
    ['GraphRAG', 'rag'],
    ['Langfuse', 'llm-frameworks'],
    ['Flink CDC', 'cdc'],
    ['Prefect', 'workflow-orchestrators'],
    ['总线矩阵', 'dimensional-modeling'],
    ['StarRocks', 'olap-engines'],
    ['观远BI', 'bi-reporting'],
    ['WOE/IV', 'risk-modeling'],
    ['Uplift Modeling', 'causal-inference'],
    ['Gurobi', 'optimization-solvers'],
    ['全国大学生数学建模竞赛', 'mathematical-modeling'],
    ['人体姿态估计', 'cv-classics'],
    // security, QA, DevOps/SRE
    ['Splunk SPL', 'siem'],
    ['Sigma规则', 'siem'],
    ['Cyber Kill Chain', 'threat-intelligence'],
    ['Cortex XSOAR', 'security-operations'],
    ['内存取证', 'incident-response'],
    ['内网渗透', 'penetration-testing'],
    ['Semgrep', 'devsecops'],
    ['PCI DSS', 'security-compliance'],
    ['OSWE', 'security-certifications'],
    ['MITRE D3FEND', 'threat-intelligence'],
    ['DMARC', 'email-security'],
    ['Testcontainers', 'test-data-management'],
    ['XCUITest', 'test-automation'],
    ['等价类划分', 'test-case-design'],
    ['全链路压测', 'performance-testing'],
    ['禅道', 'defect-management'],
    ['Backstage', 'none'],
    ['DORA Metrics', 'platform-engineering'],
    ['Bazel', 'release-engineering'],
    ['Chaos Mesh', 'chaos-engineering'],
    ['Terragrunt', 'terraform'],
    ['Podman', 'docker'],
    ['Karpenter', 'kubernetes-storage-ops'],
    ['Calico', 'service-mesh-networking'],
    ['Veeam', 'disaster-recovery'],
    // product & UX research
    ['Diary Studies', 'user-research'],
    ['Affinity Mapping', 'user-research'],
    ['Think-aloud Protocol', 'usability-testing'],
    ['Guerrilla Testing', 'usability-testing'],
    ['Service Blueprint', 'journey-mapping'],
    ['RGAA', 'accessibility'],
    ['BITV 2.0', 'accessibility'],
    ['EN 301 549', 'accessibility'],
    ['VPAT', 'accessibility-testing'],
    ['Opportunity Solution Tree', 'product-discovery'],
    ['WSJF', 'prioritization'],
    ['北极星指标', 'product-metrics'],
    ['Hotjar', 'none'],
    ['会话回放', 'ux-research-tools'],
    ['Design Tokens', 'ux-artefacts'],
    ['B端产品设计', 'platform-product'],
    // marketing & growth
    ['Lookalike Audiences', 'performance-marketing'],
    ['素材测试', 'performance-marketing'],
    ['Multi-touch Attribution', 'marketing-analytics'],
    ['POSM', 'trade-marketing'],
    ['二次陈列', 'trade-marketing'],
    ['品牌定位', 'brand-strategy'],
    ['竞品监控', 'competitor-monitoring'],
    ['巨量本地推', 'ocean-engine'],
    ['广点通投放', 'tencent-ads'],
    ['万相台无界', 'alimama'],
    ['百度凤巢', 'sem'],
    ['Meta Blueprint', 'meta-ads'],
    ['巨量引擎认证', 'marketing-certifications'],
    ['京东京准通', 'retail-media'],
    ['分众传媒', 'outdoor-offline-media'],
    ['Playable Ads', 'creative-production'],
    ['Conjoint Analysis', 'market-research'],
    ['CJ Affiliate', 'affiliate-marketing'],
    // finance & accounting
    ['资产负债表', 'financial-reporting'],
    ['现金流量表', 'financial-reporting'],
    ['明细账', 'accounting'],
    ['审计底稿', 'auditing'],
    ['存货监盘', 'auditing'],
    ['IPO审计', 'statutory-audit'],
    ['税务稽查', 'taxation'],
    ['出口退税', 'international-tax'],
    ['免抵退', 'international-tax'],
    ['增值税纳税申报', 'vat'],
    ['企业所得税汇算清缴', 'corporate-income-tax'],
    ['合并抵消', 'consolidation'],
    ['分步法', 'cost-accounting'],
    ['作业成本法', 'cost-accounting'],
    ['固定资产模块', 'fixed-assets'],
    ['在建工程转固', 'fixed-assets'],
    ['同期资料', 'transfer-pricing'],
    ['CPA税法', 'cpa'],
    ['ACCA SBR', 'acca'],
    ['中级会计实务', 'accounting-titles'],
    ['风险控制矩阵', 'sox-compliance'],
    ['招股说明书', 'ipo-listing'],
    ['三表模型', 'financial-modeling-tools'],
    ['EY Canvas', 'audit-firm-tools'],
    ['部门决算', 'public-sector-accounting'],
    ['商誉减值测试', 'business-valuation'],
    ['Income Statement', 'financial-reporting'],
    ['Trial Balance', 'general-ledger'],
    // sales, HR, supply chain, manufacturing, healthcare, teaching
    ['Sandler Selling System', 'sales-methodologies'],
    ['标书制作', 'bidding'],
    ['防窜货', 'channel-sales'],
    ['QBR', 'key-account-management'],
    ['人才九宫格', 'talent-management'],
    ['海氏评估法', 'compensation-benefits'],
    ['TUPE', 'employee-relations'],
    ['劳动合同法实施条例', 'labour-law-cn'],
    ['Hogan Assessments', 'assessment-tools-hr'],
    ['HRBP', 'hr-management'],
    ['RCCP', 'mrp'],
    ['DDMRP', 'mrp'],
    ['CPIM Part 1', 'apics'],
    ['VMI', 'supply-chain'],
    ['呆滞料', 'inventory-management'],
    ['回流焊炉温曲线', 'smt'],
    ['锡膏检测', 'smt'],
    ['IPC-A-610', 'electronics-soldering'],
    ['Run at Rate', 'apqp'],
    ['分层审核', 'control-plan'],
    ['Gage R&R', 'msa'],
    ['CQI-9', 'automotive-quality-standards'],
    ['Fugl-Meyer', 'movement-assessment'],
    ['Barthel指数', 'movement-assessment'],
    ['Graston', 'physical-modalities'],
    ['镜像疗法', 'neuro-rehab-techniques'],
    ['Mulligan Concept', 'manual-therapy-techniques'],
    ['八段锦', 'tcm-rehab'],
    ['Genially', 'educational-technology'],
    ['Exit Tickets', 'lesson-planning'],
    ['校本课程开发', 'curriculum-development'],
    ['青年教师基本功大赛', 'teaching-research'],
    ['课例研究', 'teaching-research'],
    ['CAIE', 'exam-boards'],
    ['PGCE', 'teacher-certification'],
  ])('%s → %s', (text, id) => {
    expect(normalizeSkill(text)?.id ?? 'none').toBe(id);
  });

  it('reads no framework named by an everyday word as a skill in prose', () => {
    expect(ids('We kept the echo of the fiber rack quiet; a kind conductor sang with solid temporal rhythm')).toEqual([]);
    for (const word of ['Passport', 'Poetry', 'Composer', 'Jackson', 'Caffeine', 'Diesel', 'Cargo', 'SAE', 'GCE', 'TBD'])
      expect(normalizeSkill(word)?.category ?? 'none', word).not.toMatch(/^(backend|cloud)$/);
    expect(ids('The room was a fresco by Picasso; a coil and a dagger lay by the hilt')).toEqual([]);
    expect(ids('Glide, Room, Hilt, Coroutines', { isSkillList: true })).toEqual([
      'mobile-image-loading',
      'android-jetpack',
      'dependency-injection',
      'reactive-mobile',
    ]);
    // A clinic's AUC, a vaccine's MMR, a news channel and a school prefect are no model metrics or data tools.
    expect(ids('Reported AUC and MMR uptake to CNN; she was head prefect; we had a feast')).toEqual([]);
    expect(ids('AUC, NDCG, MRR', { isSkillList: true })).toEqual(['ranking-metrics', 'ranking-metrics', 'ranking-metrics']);
    // A barista's espresso, a city, a theatre's backstage and a harbour are no test or DevOps tools.
    expect(ids('Toured Istanbul, ran the backstage crew, moored in the harbor, wore flannel')).toEqual([]);
    expect(ids('Worked a detox unit on the Nightingale ward; the artillery fired')).toEqual([]);
    // A price index, a pollutant and a nursing CPM machine are no ad metrics or channels.
    expect(ids('Tracked CPI and VOC emissions and fitted a CPM machine; DAU grew')).toEqual([]);
    // A client engagement, a checkpoint, a halo and a bar exam are no audit platforms or CPA exam parts.
    expect(ids('Led the engagement at the checkpoint with a halo of calm; the bar exam and the FAR side')).toEqual([]);
    // A student's own school-leaving exams are education, not a teaching skill; a tender steak and a disc jockey are no skills.
    for (const word of ['高考', 'Abitur', 'BTEC', 'B.Ed', 'Scaffolding'])
      expect(normalizeSkill(word)?.category ?? 'none', word).not.toBe('education');
    expect(ids('A tender steak; the disc jockey played; hogan and mercer met at the kitting table')).toEqual([]);
    // A building retrofit, a ring binder, a court's testimony and a council's garbage collection are no software skills.
    expect(ids('Led the retrofit of the plant, kept a binder, will testify; ran garbage collection routes on time')).toEqual([]);
    expect(ids('Kong, Zuul, Traefik', { isSkillList: true })).toEqual(['api-gateways', 'api-gateways', 'api-gateways']);
  });
});
