/**
 * The nineteenth round (written blind): software, data and AI, construction, real estate and the built environment. Each term is written from a recruiter’s knowledge of the trade, not from the labelled resumes: one case per term added, listed by the skill it names.
 */
import { describe, expect, it } from 'vitest';
import { normalizeSkill } from './taxonomy.ts';
import { prose } from '../tests/support/skill-ids.ts';

/** One `[term, id]` case per term, from the terms listed under each skill. */
const cases = (table: [string, string[]][]) => table.flatMap(([id, terms]) => terms.map((term) => [term, id] as const));

describe('the nineteenth round: software, data and AI', () => {
  it.each(
    cases([
      ['java', ['Java8', 'JDK8', 'JDK1.8', 'Java 1.8', 'Java基础']],
      ['gin', ['Gin框架']],
      ['android-jetpack', ['Jetpack', 'Jetpack组件']],
      ['helm', ['Helm Chart', 'Helm Charts']],
      ['jenkins', ['Jenkins Pipeline']],
      ['blameless-postmortems', ['Incident Postmortem']],
      ['clickhouse', ['CK', 'ClickHouse集群']],
      ['dolphinscheduler', ['海豚调度', '海豚调度器']],
      ['data-warehouse', ['离线数仓', '离线数据仓库', 'ODS', 'DWD', 'DWS']],
      ['llm-fine-tuning', ['DPO', 'Megatron', 'LoRA微调']],
      ['vector-databases', ['Chroma']],
      ['model-serving', ['Triton']],
      ['llm', ['Prompt工程', '提示工程', 'Text2SQL', 'NL2SQL']],
      ['llm-frameworks', ['Prompt设计', '提示词优化']],
      ['ai-agents', ['Agent', 'Multi-Agent', '多Agent', '大模型Agent', 'Agent工作流']],
      ['openai-api', ['Function Call']],
      ['rag', ['RAG检索增强']],
      ['llm-serving', ['vLLM部署']],
      ['lakehouse', ['Paimon']],
      ['flink', ['批流一体']],
      ['generative-ai', ['ControlNet']],
      ['service-discovery', ['Nacos配置中心']],
      ['observability-tracing', ['全链路追踪']],
      ['performance-testing', ['压测', 'nGrinder']],
      ['istqb', ['软件测评师']],
      ['aws-data-services', ['Athena', 'Amazon Athena']],
      ['openai-api', ['Amazon Bedrock', 'AWS Bedrock']],
      ['tencent-cloud', ['腾讯云CVM']],
      ['unity', ['U3D']],
      ['unreal', ['UE4蓝图', 'UE5蓝图', 'UE C++', 'Blueprints']],
      ['shader-programming', ['Unity Shader', 'ShaderLab', 'Amplify Shader']],
      ['gameplay-programming', ['战斗系统', '技能系统', '技能编辑器']],
      ['game-design', ['战斗系统设计', '技能系统设计']],
      ['lua', ['Lua脚本']],
      ['game-networking', ['Skynet']],
      ['graphics-programming', ['屏幕后处理', '后处理特效']],
    ]),
  )('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a backend engineer’s and a game developer’s description', () => {
    expect(
      prose(
        '后端开发：Java8、Gin框架，用Helm Chart发布到K8s，Jenkins Pipeline流水线，离线数仓和海豚调度；大模型Agent，Prompt工程，LoRA微调；游戏：U3D开发战斗系统，UE4蓝图。',
      ),
    ).toEqual(
      expect.arrayContaining([
        'java',
        'gin',
        'helm',
        'jenkins',
        'data-warehouse',
        'dolphinscheduler',
        'ai-agents',
        'llm',
        'llm-fine-tuning',
        'unity',
        'gameplay-programming',
        'unreal',
      ]),
    );
  });
});

describe('the nineteenth round: construction, real estate and the built environment', () => {
  it.each(
    cases([
      ['construction-certifications', ['一建市政', '一建建筑', '一建机电', '一建公路', '一建水利', '二建市政', '二建建筑']],
      ['construction-certifications', ['二建机电', '二建公路', '二建水利', 'CIOB', 'MCIOB', 'Chartered Builder']],
      ['quantity-surveying', ['套定额', 'Cost-to-complete', 'Elemental Cost Plans', 'Elemental Cost Planning', 'BCIS', 'POMI', '精装算量']],
      [
        'construction-contracts',
        ['CCDC', 'CCDC Contracts', 'AIA G702', 'Schedule of Values', 'Interim Payments', 'Payment Notices', 'Pay Less Notices'],
      ],
      ['construction-contracts', ['Extensions of Time', 'Extension of Time', 'Procurement Routes']],
      ['real-estate-development', ['四证', '五证', '四证办理', '四证一书', '建设工程规划许可证', '建设用地规划许可证', '拿地测算']],
      [
        'construction-management',
        ['Lookahead Scheduling', 'Lookahead Planning', '3-Week Lookahead', 'Last Planner', 'Last Planner System', '甲方管理', '主体结构'],
      ],
      ['construction-quality', ['质量通病']],
      ['land-surveying', ['GPS-RTK', 'Drone Survey']],
      ['carpentry', ['Concrete Formwork']],
      ['plant-operation', ['CPCS A04', 'CPCS A40', 'CPCS A61', 'CPCS Blue Card', 'CPCS Red Card']],
      ['structural-software', ['PKPM结构', 'YJK结构']],
      ['rendering-tools', ['D5渲染', 'D5 Render', 'D5渲染器']],
      ['rhino', ['Grasshopper']],
      ['revit', ['Revit结构', 'Revit建筑']],
      ['bim-coordination', ['BIM碰撞检查', '管线综合', '机电管综', '管综', 'Navisworks碰撞']],
      ['construction-drawings', ['施工深化']],
      ['curtain-wall', ['幕墙深化']],
      ['bim', ['4D模拟', '施工模拟', 'BIM施工模拟', 'BIM一级', 'BIM工程师证', '全国BIM技能等级考试']],
      ['property-fee-collection', ['物业费', '物业费催缴']],
      ['facilities-management', ['设施设备管理']],
      ['commercial-property', ['商业地产', '写字楼运营']],
      ['property-valuation', ['房产估价', '土地估价']],
    ]),
  )('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a site manager’s and a quantity surveyor’s description', () => {
    expect(prose('持一建市政证书，负责四证办理和拿地测算，BIM碰撞检查、管线综合，PKPM结构计算，D5渲染出图；物业费收缴。')).toEqual(
      expect.arrayContaining([
        'construction-certifications',
        'real-estate-development',
        'bim-coordination',
        'structural-software',
        'rendering-tools',
        'property-fee-collection',
      ]),
    );
    expect(
      prose(
        'Prepared elemental cost plans with BCIS data, issued payment notices and pay less notices, assessed extensions of time, and ran lookahead scheduling on site.',
      ),
    ).toEqual(expect.arrayContaining(['quantity-surveying', 'construction-contracts', 'construction-management']));
  });
});
