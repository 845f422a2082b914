/**
 * The taxonomy's breadth over trades it was thin on (the fifth round, written blind): logistics, transport, customs,
 * call centres, veterinary, dentistry, rehab, retail pharmacy, social work, fitness, beauty, insurance, property,
 * public sector, security services, translation, music, film, fashion, aviation, maritime, mining, EHS, telecom,
 * renewables, building services, chemical engineering, agriculture, firmware, SRE and data engineering. The sibling of
 * taxonomy-breadth.test.ts, in its style.
 */
import { describe, expect, it } from 'vitest';
import { normalizeSkill, skillTaxonomy } from './taxonomy.ts';
import { ids } from '../tests/support/skill-ids.ts';

describe('the fifth round: trades the taxonomy was thin on', () => {
  const { skills } = skillTaxonomy();

  it('has a category for the trades no older family fits', () => {
    const categories = new Set(skills.map((s) => s.category));
    for (const category of ['transport', 'mining', 'telecom', 'agriculture']) expect(categories, category).toContain(category);
  });

  it.each([
    // logistics & warehousing
    ['叉车证', 'forklift'],
    ['冷链运输', 'cold-chain'],
    ['越库作业', 'cross-docking'],
    ['危险品运输', 'dangerous-goods'],
    ['Returns Processing', 'reverse-logistics'],
    ['保税仓', 'bonded-logistics'],
    ['拼箱', 'container-shipping'],
    // transport & dispatch
    ['货车司机', 'heavy-vehicle-driving'],
    ['Driver CPC', 'heavy-vehicle-driving'],
    ['公交调度', 'public-transport-operations'],
    ['Computer-aided Dispatch', 'emergency-dispatch'],
    ['GPS车辆监控', 'fleet-telematics'],
    ['Hours of Service', 'transport-safety-compliance'],
    // customs & trade compliance
    ['报关员证', 'customs-clearance'],
    ['金关二期', 'processing-trade'],
    ['ECCN Classification', 'export-control-classification'],
    ['原产地规则', 'rules-of-origin'],
    ['出入境检验检疫', 'inspection-quarantine'],
    // call centres
    ['Genesys Cloud', 'contact-center-platforms'],
    ['Interactive Voice Response', 'ivr'],
    ['Average Handle Time', 'contact-center-metrics'],
    ['电催', 'collections-calling'],
    // veterinary
    ['犬猫诊疗', 'small-animal-medicine'],
    ['宠物绝育', 'veterinary-surgery'],
    ['Registered Veterinary Nurse', 'veterinary-technician'],
    ['非洲猪瘟防控', 'livestock-health'],
    ['执业兽医师', 'veterinary-license'],
    ['宠物美容师', 'pet-grooming'],
    // dentistry
    ['All-on-4', 'dental-implantology'],
    ['自锁托槽', 'orthodontic-appliances'],
    ['口内扫描', 'digital-dentistry'],
    ['显微根管', 'endodontic-treatment'],
    ['口腔咨询师', 'dental-treatment-coordination'],
    // physiotherapy and rehabilitation
    ['Bobath', 'neuro-rehab-techniques'],
    ['关节松动术', 'manual-therapy-techniques'],
    ['体外冲击波', 'physical-modalities'],
    ['盆底康复', 'pelvic-floor-rehab'],
    ['Functional Movement Screen', 'movement-assessment'],
    ['感觉统合训练', 'paediatric-developmental-therapy'],
    // retail pharmacy
    ['Medicines Use Review', 'medication-counselling'],
    ['麻醉药品管理', 'controlled-drugs'],
    ['执业中药师', 'pharmacist-credentials'],
    ['中药饮片', 'tcm-pharmacy'],
    // social work and counselling
    ['戒毒康复', 'substance-misuse-support'],
    ['TF-CBT', 'trauma-therapy'],
    ['反家暴', 'domestic-abuse-support'],
    ['SCL-90', 'psychological-scales'],
    ['安置帮教', 'offender-management'],
    // fitness and sports coaching
    ['NASM-CPT', 'fitness-certifications'],
    ['动感单车', 'group-fitness'],
    ['器械普拉提', 'pilates-instruction'],
    ['会籍顾问', 'gym-operations'],
    ['UEFA A Licence', 'coaching-licences'],
    ['国家二级裁判', 'refereeing'],
    ['国家二级运动员', 'athlete-grading'],
    ['运动贴扎', 'athletic-training'],
    // beauty and cosmetology
    ['烫染', 'hair-cutting-colouring'],
    ['新娘跟妆', 'makeup-specialties'],
    ['光疗甲', 'nail-technology'],
    ['Microblading', 'lash-brow'],
    ['果酸换肤', 'facial-treatments'],
    ['CIDESCO', 'beauty-qualifications'],
    ['热玛吉', 'aesthetic-injectables'],
    ['化妆品备案', 'cosmetics-regulatory'],
    // insurance
    ['核保', 'insurance-underwriting'],
    ['查勘定损', 'claims-handling'],
    ['Loss Reserving', 'actuarial-science'],
    ['Guidewire ClaimCenter', 'insurance-core-systems'],
    ['保单保全', 'insurance-operations'],
    ['CPCU', 'insurance-credentials'],
    // real estate and property management
    ['物业费催缴', 'property-fee-collection'],
    ['Lease Abstraction', 'lease-administration'],
    ['承接查验', 'property-handover'],
    ['业主委员会', 'owners-association-management'],
    ['Yardi Voyager', 'property-management-software'],
    ['公募REITs', 'real-estate-investment'],
    ['招拍挂', 'land-urban-renewal'],
    ['验房师', 'building-surveying'],
    // public sector and policy
    ['Regulatory Impact Assessment', 'policy-evaluation'],
    ['HM Treasury Green Book', 'public-sector-business-cases'],
    ['Ministerial Briefings', 'ministerial-briefing'],
    ['汇报材料', 'official-document-writing'],
    ['政府采购法', 'public-procurement'],
    ['研发费用加计扣除', 'rd-incentive-applications'],
    ['网格化管理', 'community-engagement'],
    ['信访接待', 'petition-handling'],
    ['三会一课', 'party-affairs'],
    ['党风廉政建设', 'discipline-inspection'],
    ['防灾减灾', 'civil-contingencies'],
    ['预算绩效管理', 'public-finance'],
    ['刑事侦查', 'law-enforcement'],
    // security services
    ['Executive Protection', 'close-protection'],
    ['Alarm Monitoring', 'security-control-room'],
    ['巡更', 'security-patrol'],
    ['大型活动安保', 'crowd-management'],
    ['Milestone XProtect', 'security-systems'],
    ['武装押运', 'cash-in-transit'],
    ['X-ray Screening', 'security-screening'],
    // translation and interpreting
    ['同声传译', 'interpreting'],
    ['交替传译', 'interpreting'],
    ['SDL Trados Studio', 'cat-tools'],
    ['术语库', 'terminology-management'],
    ['译后编辑', 'mtpe'],
    ['CATTI二级笔译', 'translation-certifications'],
    ['专利翻译', 'specialist-translation'],
    ['游戏本地化', 'localization-qa'],
    ['手语翻译', 'sign-language'],
    // music and performing arts
    ['小提琴', 'string-instruments'],
    ['古筝', 'chinese-instruments'],
    ['ABRSM Grade 8', 'music-grades'],
    ['视唱练耳', 'music-theory'],
    ['母带处理', 'audio-mastering'],
    ['grandMA3', 'stage-lighting-rigging'],
    ['调音台', 'live-sound'],
    ['演出经纪人资格证', 'performance-booking'],
    ['话剧表演', 'acting-specialties'],
    ['京剧', 'xiqu-quyi'],
    ['策展', 'curation'],
    // film and video production
    ['分镜', 'scriptwriting'],
    ['分镜头脚本', 'shot-planning'],
    ['执行导演', 'film-directing'],
    ['通告单', 'film-producing'],
    ['Director of Photography', 'cinematography'],
    ['DaVinci Resolve', 'color-grading'],
    ['剪映', 'video-editing'],
    ['套底', 'post-production-workflow'],
    ['绿幕抠像', 'compositing'],
    ['杜比全景声', 'film-sound'],
    ['电影宣发', 'film-distribution'],
    ['微短剧', 'short-drama'],
    ['虚拟制片', 'virtual-production'],
    ['Part 107', 'drone-pilot'],
    // fashion and textiles
    ['Lectra Modaris', 'fashion-cad'],
    ['CLO 3D', '3d-fashion-design'],
    ['工艺单', 'tech-packs-fitting'],
    ['面辅料采购', 'apparel-sourcing'],
    ['成衣检验', 'garment-quality'],
    ['染整', 'textile-manufacturing'],
    ['色牢度', 'textile-testing'],
    ['服装买手', 'fashion-buying'],
    ['WGSN', 'trend-forecasting'],
    ['GIA Graduate Gemologist', 'gemology'],
    ['量体裁衣', 'sewing-tailoring'],
    ['电脑横机', 'knitwear-design'],
    // aviation
    ['EASA Part-66', 'aviation-maintenance'],
    ['Part-145', 'aviation-maintenance-regulations'],
    ['A320 Type Rating', 'pilot-licences'],
    ['进近管制', 'air-traffic-control'],
    ['DO-178C', 'airworthiness-certification'],
    ['ARINC 429', 'avionics'],
    ['孔探', 'aero-engines'],
    ['QAR分析', 'aviation-safety'],
    ['超声波探伤', 'ndt'],
    // maritime
    ['STCW', 'stcw-certificates'],
    ['ECDIS', 'deck-officer'],
    ['大管轮', 'marine-engineering'],
    ['稳性计算', 'naval-architecture'],
    ['验船师', 'marine-survey-class'],
    ['共同海损', 'marine-insurance'],
    ['SOLAS', 'maritime-compliance'],
    ['Navis N4', 'terminal-planning'],
    ['Laytime', 'shipbroking'],
    ['BOSIET', 'offshore-operations'],
    // mining and geology
    ['岩芯编录', 'field-geology'],
    ['矿物学', 'geoscience'],
    ['Diamond Drilling', 'mineral-exploration'],
    ['地震解释', 'geophysics'],
    ['NI 43-101', 'resource-estimation'],
    ['Surpac', 'mining-software'],
    ['露天开采', 'mine-planning'],
    ['爆破作业人员许可证', 'drill-blast'],
    ['矿井通风', 'mine-safety'],
    ['浮选', 'mineral-processing'],
    ['湿法冶金', 'extractive-metallurgy'],
    ['尾矿库', 'tailings-management'],
    ['综采', 'coal-mining'],
    ['MODFLOW', 'hydrogeology'],
    ['遥感解译', 'remote-sensing'],
    // EHS and environmental engineering
    ['VOCs治理', 'air-pollution-control'],
    ['垃圾焚烧', 'solid-waste'],
    ['水质检测', 'environmental-testing'],
    ['Phase II ESA', 'contaminated-land'],
    ['Biodiversity Net Gain', 'ecological-surveys'],
    ['水土保持方案', 'soil-water-conservation'],
    ['清洁生产审核', 'cleaner-production'],
    ['注册环保工程师', 'ehs-credentials'],
    ['事故调查', 'incident-investigation'],
    ['盲板抽堵', 'special-work-permits'],
    ['行为安全观察', 'behaviour-based-safety'],
    ['Enablon', 'ehs-software'],
    ['ISO 14067', 'life-cycle-assessment'],
    // telecom networks
    ['5G', 'wireless-communications'],
    ['路测', 'ran-optimization'],
    ['Atoll', 'ran-planning'],
    ['基站', 'base-station'],
    ['天馈系统', 'cell-site-construction'],
    ['U2020', 'telecom-oss-nms'],
    ['5G核心网', 'core-network'],
    ['OTN', 'optical-transmission'],
    ['OTDR', 'fiber-optics'],
    ['GPON', 'fixed-access'],
    ['Open RAN', 'open-ran-5g-advanced'],
    ['NB-IoT模组', 'lpwan'],
    ['VSAT', 'satcom'],
    ['FreeSWITCH', 'voip-telephony'],
    // renewable energy
    ['光伏', 'solar-pv'],
    ['户用光伏', 'pv-installation'],
    ['PV*SOL', 'pv-design-software'],
    ['Microinverters', 'solar-inverters'],
    ['异质结', 'pv-manufacturing'],
    ['GWO Basic Safety Training', 'wind-turbine-om'],
    ['微观选址', 'wind-resource-assessment'],
    ['海缆敷设', 'offshore-wind'],
    ['接入系统设计', 'grid-interconnection'],
    ['厌氧消化', 'bioenergy'],
    ['抽水蓄能', 'hydropower'],
    ['CCER', 'carbon-markets'],
    ['绿证', 'green-certificates'],
    // HVAC and building services
    ['VRF Systems', 'hvac'],
    ['冷热负荷计算', 'hvac-design-software'],
    ['Testing and Commissioning', 'building-commissioning'],
    ['ISO 14644', 'cleanroom'],
    ['气体灭火系统', 'fire-protection-systems'],
    ['Legionella Risk Assessment', 'legionella-water-hygiene'],
    // chemical and process engineering
    ['gPROMS', 'process-simulation-tools'],
    ['精馏塔', 'unit-operations'],
    ['HTRI', 'heat-exchanger-design'],
    ['反应动力学', 'reactor-engineering'],
    ['DCS组态', 'dcs-operations'],
    ['先进控制', 'advanced-process-control'],
    ['化工总控工', 'chemical-plant-operations'],
    ['涂料配方', 'coatings-adhesives'],
    ['GHS Classification', 'chemical-regulatory'],
    ['ASME Section VIII', 'pressure-vessel-design'],
    ['机械密封', 'rotating-equipment'],
    // agriculture and agronomy
    ['农艺师', 'agronomy'],
    ['病虫害防治', 'crop-protection'],
    ['测土配方施肥', 'soil-fertility'],
    ['水肥一体化', 'soil-fertility'],
    ['滴灌', 'irrigation'],
    ['无土栽培', 'greenhouse-production'],
    ['分子育种', 'plant-breeding'],
    ['品种试验', 'field-trials'],
    ['联合收割机', 'farm-machinery'],
    ['GLOBALG.A.P.', 'agri-certification'],
    ['猪场管理', 'swine-production'],
    ['蛋鸡养殖', 'poultry-production'],
    ['奶牛养殖', 'dairy-cattle'],
    ['预混料', 'animal-nutrition'],
    ['鱼病防治', 'aquaculture-fisheries'],
    ['Climate FieldView', 'ag-software'],
    ['ISA Certified Arborist', 'forestry-arboriculture'],
    ['粮食仓储', 'grain-commodities'],
    // embedded firmware
    ['MCUboot', 'bootloader'],
    ['设备树', 'bsp-development'],
    ['交叉编译', 'embedded-build-systems'],
    ['NuttX', 'modern-rtos'],
    ['ESP8266', 'esp-idf'],
    ['nRF52840', 'nordic-nrf'],
    ['STC89C52', 'arduino-avr-pic'],
    ['Infineon AURIX', 'automotive-mcu'],
    ['GD32', 'domestic-mcu'],
    ['MISRA C:2012', 'misra-c'],
    ['Ceedling', 'embedded-unit-testing'],
    ['无感FOC', 'motor-control-algorithms'],
    ['Bluetooth Mesh', 'smart-home-protocols'],
    ['ISO 14229', 'ecu-diagnostics-calibration'],
    ['LVGL', 'embedded-gui'],
    ['TensorRT', 'edge-ai-deployment'],
    ['RK3588', 'embedded-soc-platforms'],
    ['ARM TrustZone', 'firmware-security'],
    ['Cortex-M4', 'arm-riscv'],
    // SRE
    ['SRE', 'devops'],
    ['Error Budgets', 'slo-engineering'],
    ['Blameless Postmortems', 'blameless-postmortems'],
    ['Alertmanager', 'incident-tooling'],
    ['故障自愈', 'runbook-automation'],
    ['VictoriaMetrics', 'metrics-at-scale'],
    ['OTLP', 'observability-tracing'],
    ['bpftrace', 'ebpf'],
    ['火焰图', 'linux-performance'],
    ['Resilience4j', 'resilience-patterns'],
    ['Kubebuilder', 'k8s-operators'],
    ['金丝雀发布', 'progressive-delivery'],
    ['Open Policy Agent', 'policy-as-code'],
    // data engineering
    ['Dagster', 'workflow-orchestrators'],
    ['Debezium', 'cdc'],
    ['Apache Parquet', 'data-file-formats'],
    ['ksqlDB', 'kafka-ecosystem'],
    ['Great Expectations', 'data-observability'],
    ['维度建模', 'dimensional-modeling'],
    ['Apache Impala', 'hadoop-ecosystem'],
    ['AWS Glue', 'aws-data-services'],
    ['Azure Data Factory', 'azure-data-services'],
    ['Apache Beam', 'gcp-data-services'],
    ['MaxCompute', 'aliyun-data-services'],
    ['OpenLineage', 'data-catalog'],
    ['Reverse ETL', 'elt-tools'],
    ['数据倾斜', 'spark-tuning'],
    ['实时数仓', 'realtime-data-warehouse'],
    ['大数据平台建设', 'data-platform'],
  ])('%s → %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('reads the short codes of these trades only in a list', () => {
    expect(ids('We keep our ear to the ground; the hazmat team left')).toEqual([]);
    expect(ids('IVR, AHT, EAR', { isSkillList: true })).toEqual(['ivr', 'contact-center-metrics', 'export-control-classification']);
    // A painter's acrylics, a programmer's threading and a textile mill's spinning are no beauty or gym skills.
    const found = ids('Oils, Acrylics, Watercolour; Concurrency, Threading; Spinning, Weaving; RPM, YUM', { isSkillList: true });
    for (const id of ['nail-technology', 'hair-removal', 'group-fitness']) expect(found).not.toContain(id);
    // Facebook's Prophet is a forecasting library, a recruiter's placement no insurance, machine translation an NLP topic.
    expect(ids('Prophet, ARIMA; Placement, Sourcing; Machine Translation, NER', { isSkillList: true })).not.toContain('actuarial-software');
    expect(normalizeSkill('Placement')?.id).not.toBe('insurance-placement');
    expect(normalizeSkill('Machine Translation')?.id).not.toBe('mtpe');
    // Container orchestration, organic synthesis, a lab's serum and a body-mass index are no music, film or fashion skills.
    for (const word of ['Orchestration', 'Synthesis', 'Serum', 'BMI', 'Truss', 'Crosstalk', '合成'])
      expect(normalizeSkill(word)?.category ?? 'none', word).not.toBe('media');
    // A recovery time objective, a board of directors, cash on delivery, AMD processors and ASP.NET are no EHS or mining terms.
    for (const word of ['RTO', 'BOD', 'COD', 'AMD', 'ASP', 'Remediation', 'Navigation', 'OSS', 'DSL', 'ERM', 'DPA', 'CVE'])
      expect(['engineering', 'manufacturing', 'mining', 'transport', 'telecom'], word).not.toContain(normalizeSkill(word)?.category);
    // Knowledge distillation, model pruning, 前后端联调, a startup's 孵化 and a car's 开车 are no plant, farm or building terms.
    for (const word of ['Distillation', 'Pruning', '联调', '孵化', '开车', 'APC', 'FDD', 'T&C', 'PA6'])
      expect(['engineering', 'construction', 'agriculture'], word).not.toContain(normalizeSkill(word)?.category);
    // Android's adb, MongoDB Atlas, a centre of excellence and a smart-home company are no data or firmware skills.
    expect(ids('ADB, Atlas, COE', { isSkillList: true })).toEqual([]);
    expect(ids('在某智能家居公司负责数据平台开发')).toEqual([]);
  });
});
