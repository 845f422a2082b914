/**
 * The nineteenth round (written blind): software, data and AI, construction, real estate and the built environment, factories and industrial engineering. Each term is written from a recruiter’s knowledge of the trade, not from the labelled resumes: one case per term added, listed by the skill it names.
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
      ['llm-fine-tuning', ['Megatron', 'LoRA微调']],
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
      ['gameplay-programming', ['游戏技能系统', '技能系统开发', '技能编辑器']],
      ['game-design', ['技能系统设计']],
      ['lua', ['Lua脚本']],
      ['game-networking', ['Skynet']],
      ['graphics-programming', ['屏幕后处理', '后处理特效']],
      ['vue', ['Vue3.0', 'Vue2.0', 'Vue3.x', 'Vue2.x']],
      ['react', ['React16', 'React17', 'React18']],
      ['java', ['Java11', 'Java17', 'Java21', 'JDK11', 'JDK17', 'JDK21', 'Java编程']],
      ['python', ['Python3.x', 'Python2.7', 'Python编程']],
      ['spring-boot', ['SpringBoot2', 'SpringBoot3', 'SpringBoot2.x', 'SpringBoot3.x']],
      ['spring', ['Spring全家桶']],
      ['spring-cloud', ['SpringCloud微服务']],
      ['cpp', ['C++11', 'C++14', 'C++17', 'C++20']],
      ['desktop-gui', ['Qt5', 'Qt6']],
      ['webpack', ['Webpack5']],
      ['tensorflow', ['TensorFlow2', 'TF2']],
      ['helm', ['Helm3']],
      ['javascript', ['ES6+']],
      ['kubernetes', ['K8S集群', 'Kubernetes集群']],
      ['docker', ['Docker容器', 'Docker容器化']],
      ['kafka', ['Kafka消息队列']],
      ['rocketmq', ['RocketMQ消息队列']],
      ['mysql', ['MySQL数据库']],
      ['olap-engines', ['Doris数据库', 'StarRocks数据库']],
      ['prometheus', ['Prometheus监控']],
      ['jenkins', ['Jenkins持续集成']],
      ['ansible', ['Ansible自动化']],
      ['hive', ['Hive数仓']],
      ['flink', ['Flink实时计算', 'Flink流处理']],
      ['pytorch', ['PyTorch框架']],
      ['langchain', ['LangChain框架']],
      ['pytest', ['pytest框架']],
      ['selenium', ['Selenium自动化']],
      ['appium', ['Appium自动化']],
      ['playwright', ['Playwright自动化']],
      ['jmeter', ['JMeter压测']],
      ['postman', ['Postman接口测试']],
      ['performance-testing', ['性能压测']],
      ['penetration-testing', ['安全渗透']],
      ['nmap', ['Nmap扫描']],
      ['vector-databases', ['向量库', 'Milvus向量数据库']],
      ['llm-serving', ['vLLM推理']],
      ['echarts', ['Echarts图表']],
      ['elk', ['ELK日志系统']],
      ['aws', ['AWS EC2']],
      ['tencent-cloud', ['腾讯云服务器']],
      ['unreal', ['UE开发']],
    ]),
  )('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a backend engineer’s and a game developer’s description', () => {
    expect(
      prose(
        '后端开发：Java8、Gin框架，用Helm Chart发布到K8s，Jenkins Pipeline流水线，离线数仓和海豚调度；大模型Agent，Prompt工程，LoRA微调；游戏：U3D开发技能编辑器，UE4蓝图。',
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
      ['real-estate-development', ['建设工程规划许可证', '建设用地规划许可证', '拿地测算']],
      ['construction-management', ['Last Planner', 'Last Planner System', '甲方管理', '主体结构']],
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
      ['construction-certifications', ['營造業工地主任', '工地主任證照']],
      ['professional-engineer', ['結構技師', '土木技師']],
      ['civil-engineering', ['土木']],
      ['construction-management', ['點交', '交屋點交']],
      ['revit', ['Revit建模']],
      ['autocad', ['AutoCAD繪圖']],
      ['property-sales', ['房仲', '房仲業務']],
      ['property-valuation', ['不動產估價師', '不動產估價']],
      ['title-transfer', ['地政士', '代書']],
      ['custom-furniture-design', ['系統櫃', '系統家具']],
      ['hvac', ['空調']],
    ]),
  )('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a site manager’s and a quantity surveyor’s description', () => {
    expect(prose('持一建市政证书，负责拿地测算，BIM碰撞检查、管线综合，PKPM结构计算，D5渲染出图；物业费收缴。')).toEqual(
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
        'Prepared elemental cost plans with BCIS data, issued payment notices and pay less notices, and assessed extensions of time on site.',
      ),
    ).toEqual(expect.arrayContaining(['quantity-surveying', 'construction-contracts']));
  });
});

describe('the nineteenth round: factories and industrial engineering', () => {
  it.each(
    cases([
      ['machining', ['数控车工', '数控铣工', 'CNC操机']],
      ['cnc-controllers', ['840D', '西门子840D系统', 'Haas', 'Mazak', '马扎克', 'Okuma', 'DMG MORI']],
      ['cnc-controllers', ['广数', '广州数控', 'GSK数控', '新代', '新代系统']],
      ['cam-software', ['UG/NX CAM', 'Fusion 360 CAM', 'Solidworks CAM', 'CAXA', 'CAXA制造工程师', 'Esprit']],
      ['sheet-metal', ['Autoform', 'AutoForm仿真']],
      ['moldflow', ['Moldex3D']],
      ['cmm', ['蔡司三坐标', '海克斯康三坐标', 'Zeiss CMM', 'Hexagon CMM']],
      ['qc-tools', ['直方图', '散布图', 'QC Story']],
      ['quality-management', ['零缺陷', '零缺陷管理', 'Zero Defects']],
      ['apqp', ['客户特殊要求']],
      ['six-sigma', ['LSS']],
      ['cost-reduction', ['成本降低']],
      ['industrial-engineering', ['IE改善', 'UPH', '工作研究', '布局规划', '厂房布局', 'Layout规划']],
      ['line-balancing', ['线平衡率']],
      ['mitsubishi-plc', ['FX系列', 'Q系列', 'FX3U', 'FX5U']],
      ['omron-plc', ['NJ系列', 'CP1H', 'CP1E']],
      ['siemens-s7', ['S7-200', 'S7-200 SMART', 'WinCC Flexible', '博途V15', '博途V16', '博途V17', 'SCL']],
      ['plc', ['结构化文本', 'Function Block Diagram', 'FBD']],
      ['rockwell', ['Rockwell', 'Rockwell PLC', 'PanelView', 'FactoryTalk View']],
      ['hmi-configuration', ['组态', 'InTouch', 'Wonderware InTouch']],
      ['industrial-protocols', ['工业通讯', '工业通信']],
      ['hydraulics-pneumatics', ['气缸', '电磁阀', '液压站']],
      ['industrial-robots', ['FANUC机器人', '发那科机器人', 'KUKA机器人', '库卡机器人', 'RobotStudio', 'ABB RobotStudio', 'ABB IRC5']],
      ['industrial-robots', ['KRL', 'KUKA KRL', 'FANUC TP', 'TP编程', 'Roboguide', '埃斯顿机器人', '埃夫特机器人']],
      ['industrial-robots', ['新松机器人', '协作机器人', 'UR机器人', 'Universal Robots', '机器人工作站', '机器人集成', '喷涂机器人']],
      ['robotic-welding', ['焊接机器人编程']],
      ['machine-vision', ['康耐视视觉', 'In-Sight', 'VisionMaster', '海康机器视觉', '海康VisionMaster', '2D视觉', '3D视觉']],
      ['machine-vision', ['视觉引导', '读码']],
      ['welding', ['MAG', '电气焊', '熔化焊', '熔化焊接与热切割', '压力容器焊工证', '特种设备焊工证']],
      ['welding-procedure-qualification', ['WPS编制', 'Welding Procedure Specification']],
      ['electrician-license', ['高压电工', '低压电工']],
      ['hvac', ['冷水机']],
      ['injection-molding', ['模温机']],
      ['injection-machines', ['恩格尔', 'Engel', 'Arburg', '阿博格']],
      ['mold-design', ['冲压模', 'UG模具设计', 'Cimatron模具']],
      ['process-engineering', ['製程', '製程整合']],
      ['lean', ['精實生產', '精實管理']],
      ['welding', ['銲接', '電銲', '氬銲', '氬焊', 'CO2銲接']],
      ['ehs', ['工安', '工安管理', '職業安全衛生']],
      ['erp', ['鼎新ERP', '正航ERP']],
      ['cnc', ['G-code Programming']],
      ['precision-measurement', ['Vernier Calipers', 'Surface Plate']],
      ['spc', ['Cpk Analysis']],
      ['industrial-automation', ['SCADA Systems']],
      ['plc', ['Siemens TIA Portal']],
      ['machine-vision', ['Vision Systems']],
      ['mechanical-maintenance', ['Millwright', 'Millwrighting']],
      ['injection-molding', ['Mould Setting', 'Mold Setting']],
      ['mold-design', ['Toolmaking', 'Tool Making', 'Toolroom']],
      ['welding', ['MIG Welding', 'TIG Welding', 'Flux Core Welding', 'Flux-cored Welding', 'Pipe Welding', '6G Welding', 'Coded Welder']],
      ['welding', ['Coded Welding', 'Welding Symbols']],
      ['ndt', ['Weld Inspection']],
      ['internal-audit-iso', ['IRCA', 'IRCA Lead Auditor']],
    ]),
  )('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a CNC machinist’s, an automation engineer’s and a quality engineer’s description', () => {
    expect(
      prose(
        '数控车工，熟悉马扎克和广数系统，用CAXA编程；FX3U和S7-200编程，博途V16调试，FANUC机器人和KUKA机器人示教，康耐视视觉引导；用蔡司三坐标检测，零缺陷管理。',
      ),
    ).toEqual(
      expect.arrayContaining([
        'machining',
        'cnc-controllers',
        'cam-software',
        'mitsubishi-plc',
        'siemens-s7',
        'industrial-robots',
        'machine-vision',
        'cmm',
        'quality-management',
      ]),
    );
  });
});
