/**
 * Competitors and sibling products that a product's skill held as its aliases (the tenth round): each is its own skill
 * now, related to the skill it left, so a WooCommerce developer is no Shopify one and a Vitest user no Jest one. A family
 * skill (CMS, ERP, contact-centre platforms) keeps its members, as the alias audit has it.
 */
import { describe, expect, it } from 'vitest';
import { normalizeSkill, skillTaxonomy } from './taxonomy.ts';
import { ids } from '../tests/support/skill-ids.ts';

/** [the product as written, its own skill, the skill that held it, a name the original keeps]. */
const SPLITS: [string, string, string, string][] = [
  ['WooCommerce', 'woocommerce', 'shopify', 'Shopify Plus'],
  ['Magento', 'magento', 'shopify', 'Shopify'],
  ['Adobe Commerce', 'magento', 'shopify', 'Shopify'],
  ['BigCommerce', 'bigcommerce', 'shopify', '独立站'],
  ['Shoplazza', 'shoplazza', 'shopify', 'DTC独立站'],
  ['Vitest', 'vitest', 'jest', 'Jest'],
  ['Mocha', 'mocha', 'jest', 'Jest'],
  ['Seaborn', 'seaborn', 'matplotlib', 'Matplotlib'],
  ['Plotly', 'plotly', 'matplotlib', 'Matplotlib'],
  ['ggplot2', 'ggplot2', 'matplotlib', 'Matplotlib'],
  ['WebLogic', 'weblogic', 'tomcat', 'Apache Tomcat'],
  ['JBoss', 'jboss', 'tomcat', 'Tomcat'],
  ['WebSphere', 'websphere', 'tomcat', 'Tomcat'],
  ['Jetty', 'jetty', 'tomcat', 'Tomcat'],
  ['TestNG', 'testng', 'junit', 'JUnit'],
  ['Less', 'less', 'sass', 'SCSS'],
  ['IIS', 'iis', 'apache-httpd', 'Apache2'],
  ['Bun', 'bun', 'deno', 'Deno'],
  ['ZeroMQ', 'zeromq', 'activemq', 'ActiveMQ'],
  ['TimescaleDB', 'timescaledb', 'influxdb', '时序数据库'],
  ['TDengine', 'tdengine', 'influxdb', 'InfluxDB'],
  ['达梦数据库', 'dameng', 'oceanbase', 'OceanBase'],
  ['DM8', 'dameng', 'oceanbase', '国产数据库'],
  ['人大金仓', 'kingbase', 'oceanbase', 'OceanBase'],
  ['openGauss', 'gaussdb', 'oceanbase', 'OceanBase'],
  ['PolarDB', 'polardb', 'oceanbase', 'OceanBase'],
  ['Teradata', 'teradata', 'greenplum', 'MPP数据库'],
  ['LlamaIndex', 'llamaindex', 'langchain', 'LangGraph'],
  ['LightGBM', 'lightgbm', 'xgboost', 'XGBoost'],
  ['FineBI', 'finebi', 'finereport', '帆软报表'],
  ['Fiddler', 'fiddler', 'charles-proxy', '抓包'],
  ['SVN', 'svn', 'git', 'GitHub'],
  ['WebGL', 'webgl', 'threejs', 'ThreeJS'],
  ['DCMM', 'dcmm', 'dama', 'CDGA'],
  ['NOIP', 'noip', 'icpc', 'ACM-ICPC'],
  ['Dask', 'dask', 'polars', 'Polars'],
  ['Weights & Biases', 'wandb', 'mlflow', 'MLflow'],
  ['Azkaban', 'azkaban', 'dolphinscheduler', '任务调度'],
  ['ATLAS.ti', 'atlas-ti', 'nvivo', 'NVivo'],
  ['Nexus Repository', 'nexus-repository', 'artifactory', 'JFrog Artifactory'],
  ['KubeSphere', 'kubesphere', 'openshift', 'Red Hat OpenShift'],
  ['Linkerd', 'linkerd', 'envoy', 'Envoy Proxy'],
  ['AKS', 'aks', 'azure-devops', 'Azure Pipelines'],
  ['LDAP', 'ldap', 'active-directory', 'Azure AD'],
  ['HCIE', 'huawei-certifications', 'network-certifications', 'CCIE'],
  ['LPIC', 'lpic', 'linux-certifications', 'RHCE'],
  ['k6', 'k6', 'gatling', 'Gatling'],
  ['Quartz Scheduler', 'quartz', 'xxl-job', 'XXL-JOB'],
  ['ExtentReports', 'extentreports', 'allure', 'Allure Report'],
  ['SAP Analytics Cloud', 'sap-analytics-cloud', 'sap-bw', 'BW/4HANA'],
  ['Plastic SCM', 'plastic-scm', 'perforce', 'Helix Core'],
  ['Jamf Pro', 'jamf', 'macos', 'OS X'],
  ['R Shiny', 'shiny', 'tidyverse', 'dplyr'],
  ['ROS2', 'ros', 'slam', 'Visual SLAM'],
  ['Mural', 'mural', 'miro', 'Miro Board'],
  ['Outreach.io', 'outreach', 'salesloft', 'Salesloft'],
  ['UserTesting', 'usertesting', 'dscout', 'dscout'],
  ['TikTok', 'tiktok-marketing', 'douyin', '抖音运营'],
  ['RIS', 'ris', 'pacs', 'PACS系统'],
  ['WHODrug', 'whodrug', 'meddra', 'MedDRA编码'],
  ['中国会计准则', 'cas', 'ifrs', 'IFRS 13'],
  ['CGMA', 'cgma', 'cma', 'IMA CMA'],
  ['Freshsales', 'freshsales', 'pipedrive', 'Pipedrive'],
  ['FloQast', 'floqast', 'blackline', 'BlackLine'],
  ['Global Sources', 'global-sources', 'alibaba-international', '阿里国际站'],
  ['中国制造网', 'made-in-china', 'alibaba-international', '国际站运营'],
  ['BIM', 'bim', 'revit', 'Revit Architecture'],
  ['BIM建模', 'bim', 'revit', 'Revit'],
  ['PingCode', 'pingcode', 'teambition', 'Teambition'],
  ['Worktile', 'worktile', 'teambition', 'Teambition'],
  ['飞书项目', 'feishu-project', 'teambition', 'Teambition'],
];

describe('the tenth round: a competitor held as a product’s alias is its own skill', () => {
  const taxonomy = skillTaxonomy();

  it.each(SPLITS)('%s → %s (was %s)', (text, id, formerId) => {
    expect(normalizeSkill(text)?.id).toBe(id);
    const skill = taxonomy.skill(id)!;
    // Related to the skill it left, in that skill's category (ROS in robotics', Jamf since in IT support's).
    expect(skill.related).toContain(formerId);
    if (!['ros', 'jamf'].includes(id)) expect(skill.category).toBe(taxonomy.skill(formerId)!.category);
  });

  it.each(SPLITS.map(([, , formerId, kept]) => [kept, formerId] as const))('the original keeps its own name: %s → %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('reads the competitor in running text as itself, not as the product it left', () => {
    expect(ids('负责基于 WooCommerce 的独立站二次开发，后迁移至 Magento')).toEqual(['woocommerce', 'shopify', 'magento']);
    expect(ids('Tested with Vitest and Mocha; deployed to WebLogic and JBoss')).toEqual(['vitest', 'mocha', 'weblogic', 'jboss']);
    expect(ids('熟悉达梦数据库、人大金仓等国产数据库的迁移适配')).toEqual(['dameng', 'kingbase', 'oceanbase']);
    expect(ids('Built dashboards with Seaborn and Plotly')).toEqual(['seaborn', 'plotly']);
  });

  it('keeps a competitor that is an everyday word ambiguous: no skill in prose, one in a list', () => {
    expect(ids('We spent less time on the release and had a mocha after the bun fight')).toEqual([]);
    expect(ids('Less, Sass, CSS3', { isSkillList: true })).toEqual(['less', 'sass', 'css']);
    expect(ids('Node.js, Bun, Deno', { isSkillList: true })).toEqual(['nodejs', 'bun', 'deno']);
  });

  it('leaves a family skill its members: Docker keeps Podman, the hotel PMS family its systems', () => {
    expect(normalizeSkill('Podman')?.id).toBe('docker');
    expect(normalizeSkill('Cloudbeds')?.id).toBe('opera-pms');
    expect(normalizeSkill('Huawei Certification')?.id).toBe('huawei-certifications');
    // WeChat's skill is the ecosystem (公众号, 私域, 企业微信), not one product.
    expect(normalizeSkill('企业微信')?.id).toBe('wechat');
  });

  it('gives each split skill a unique id and a related skill that exists', () => {
    const splitIds = new Set(SPLITS.map(([, id]) => id));
    for (const id of splitIds) {
      const skill = taxonomy.skill(id);
      expect(skill, id).not.toBeNull();
      for (const related of skill!.related) expect(taxonomy.skill(related), `${id} → ${related}`).not.toBeNull();
    }
  });
});
