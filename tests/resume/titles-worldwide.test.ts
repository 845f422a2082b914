/**
 * The blind entry set (titles-worldwide.ts) through the public parser, its companies and titles compared as the
 * labelled set compares them (`key`). Figure as written, before the parser's title code was read: 189/241 entry cases
 * (titles P/R 81.7/80.7, companies 87.5/87.1) and 9/21 cases of no title.
 */
import { describe, expect, it } from 'vitest';
import { key } from './labelled-set.ts';
import { ENTRY_CASES, NO_TITLES, parsedEntries, type EntryCase } from './titles-worldwide.ts';

const label = (c: EntryCase) => c.section.split('\n').slice(1).join(' / ');
const keyed = (entries: EntryCase['entries']) =>
  entries.map(({ company, title }) => ({ company: company ? key(company) : null, title: title ? key(title) : null }));

/** Cases the parser failed when the set was written (marked it.fails until fixed). */
const FAILING_AT_WRITING = new Set<string>([
  '2021.03-至今  快手  短视频剪辑师（兼职） / 负责美食账号的视频剪辑。',
  '2017.03-2021.06  香港电讯 HKT  客户服务主任 / 处理客户查询及投诉。',
  'Tesco Stores Ltd, Leeds, UK / Team Leader – Night Shift / May 2015 – Aug 2019 / • Managed a team of 12 colleagues replenishing ambient stock.',
  'Teaching Assistant (Maternity cover) / St Mary’s C of E Primary School, Bristol / Sep 2020 – Jul 2021 / Supported a Year 2 class with phonics interventions.',
  'Senior Associate, Corporate M&A — Clifford Chance LLP, London / 2016 – Present / Advised on cross-border acquisitions of up to £2bn.',
  'HGV Class 1 Driver at DHL Supply Chain, 2013 – 2020 / Night trunking between Daventry and Glasgow.',
  'Bricklayer / Taylor Wimpey, Milton Keynes / 2010 – 2018 / Built new-build homes to NHBC standards.',
  'Care Assistant / Sunrise Senior Living, Sonning / Jan 2019 – Present / Personal care for residents living with dementia.',
  'British Army / Corporal, Royal Logistic Corps / 2008 – 2016 / Commanded a section of eight drivers on operations in Afghanistan.',
  'Deliveroo – Delivery Rider (self-employed) / 2019 – 2020 / Delivered orders by bike in central Bristol.',
  'Accenture, Dublin — Senior Analyst, Technology Consulting / 2017 – 2020 / Migrated a retail bank’s payments to the cloud.',
  'Scaffolder – Brand Energy, Aberdeen, 2010 – 2015 / Erected access scaffolds on offshore platforms.',
  'Carpenter & Joiner / Willmott Dixon / 2012 – 2017 / First and second fix on social housing schemes.',
  'Policy Adviser, HM Treasury, 2016 – 2019 / Advised ministers on fiscal rules.',
  'Firefighter / London Fire Brigade / 2009 – 2019 / Attended over 1,500 incidents.',
  'Physiotherapist (Band 5), Guy’s and St Thomas’ NHS Foundation Trust, 2017 – 2019 / Rotations in respiratory, MSK and neuro.',
  'Support Worker, Mencap, 2018 – 2021 / Supported adults with learning disabilities to live independently.',
  'Social Worker, Birmingham City Council, 2013 – 2019 / Held a caseload of 25 children in need.',
  'Kitchen Porter, Nando’s, 2014 – 2015 / Kept the kitchen and pot wash clean during service.',
  'Delivery Driver, Amazon Flex (self-employed), 2020 – 2021 / Delivered 150 parcels a day.',
  'Software Developer (Contract), Sky UK, Jun 2019 – Dec 2019 / Built the Sky Go playback service in Kotlin.',
  'Royal Navy — Leading Hand, Marine Engineering / 2005 – 2015 / Maintained gas turbines on a Type 23 frigate.',
  'Mortgage Adviser, Nationwide Building Society, 2014 – 2018 / Arranged 300 mortgages a year.',
  'Volunteer, British Red Cross, 2012 – 2014 / First aid cover at public events.',
  'Registered Nurse, ICU — Massachusetts General Hospital, Boston, MA / 2015 – 2020 / Cared for post-cardiac surgery patients.',
  'United States Marine Corps / Sergeant, Motor Transport Operator / 2009 – 2013 / Led a 12-Marine convoy team.',
  'Lyft — Rideshare Driver (Independent Contractor) / 2018 – 2020 / Completed 4,000+ rides with a 4.9 rating.',
  'Walmart, Bentonville, AR / Department Manager – Electronics / 2012 – 2017 / Managed a department of 14 associates.',
  'JP Morgan Chase & Co. / Vice President, Credit Risk / 2015 – Present / Approved credit lines for mid-market clients.',
  'Postdoctoral Research Fellow, Broad Institute of MIT and Harvard, 2018 – 2021 / Ran CRISPR screens in primary T cells.',
  'UPS / Package Handler (Part-time) / Nov 2015 – May 2017 / Loaded up to 1,200 packages an hour.',
  '2015 – 2018   Google   Product Manager, Search Ads / Owned the query-matching roadmap.',
  'Line Cook, Shake Shack, New York, NY, 2017 – 2019 / Worked the grill and fry stations.',
  'Bank Teller / Wells Fargo, Phoenix, AZ / 2013 – 2015 / Balanced a cash drawer of $20k daily.',
  'City of Austin / Planner II, Development Services Department / 2016 – 2020 / Reviewed site plans for code compliance.',
  'Co-founder & CTO — Tandem Health / 2019 – Present / Built the clinical notes product from zero.',
  'TaskRabbit — Handyman (freelance) / 2017 – 2019 / Furniture assembly and small repairs.',
  'Site Reliability Engineer / Shopify / Remote / 2019 – 2022 / Cut checkout p99 latency by 40%.',
  'Registered Early Childhood Educator (RECE), YMCA of Greater Toronto, 2016 – 2020 / Planned an emergent curriculum for toddlers.',
  'Woolworths Group, Sydney NSW / Night Fill Team Member / 2015 – 2017 / Filled the grocery aisles overnight.',
  'Qantas Airways — Cabin Crew, Long Haul / 2012 – 2019 / Served on A380 and 787 services.',
  'Tata Consultancy Services | Assistant System Engineer - Trainee | 2015 – 2016 / Trained in mainframe COBOL.',
  'HDFC Bank Ltd., Pune — Relationship Manager, Branch Banking / 2014 – 2018 / Managed a book of 400 HNI clients.',
  'Rakuten, Inc., Tokyo / Application Engineer / 2016 – 2020 / Built the Rakuten Ichiba search front end.',
  'Shoprite Checkers (Pty) Ltd, Cape Town / Cashier / 2013 – 2015 / Served up to 300 customers a shift.',
  'Siemens AG, Munich, Germany / Working Student – Software Development / 2018 – 2019 / Wrote test tools in Python.',
  'BMW Group — Production Associate, Assembly Line / 2015 – 2018 / Fitted dashboards on the 3 Series line.',
  'L’Oréal, Paris — Brand Manager, Lancôme / 2017 – 2021 / Launched two fragrances in EMEA.',
  'PhD Candidate, ETH Zürich, 2016 – 2020 / Thesis on robust control of legged robots.',
  'Hays plc / Recruitment Consultant / Mar 2014 / Jun 2017 / Placed 60 IT contractors a year.',
  'Amazon 亚马逊中国  运营经理  2016.04-2020.02 / 负责跨境电商卖家运营。',
  '2016 – 2020  Huawei Technologies Co., Ltd.  高级测试工程师 / Owned 5G base-station test plans.',
  'Tesco PLC, 2014 – 2016 / Python, SQL, Excel, Power BI',
  'Northwind Traders Ltd, 2012 – 2015 / Leeds, West Yorkshire, UK',
  '2015.09-2017.06  广州某物流有限公司 / 广东省广州市天河区',
  'Initech LLC, 2013 – 2016 / Key achievements: / • Cut hosting costs by 30%.',
  'Stark Industries Inc., 2014 – 2019 / Reason for leaving: relocation',
  'Wayne Enterprises Inc., 2012 – 2014 / References available on request',
  '2014.07-2016.08  北京某咨询有限公司 / 离职原因：个人发展',
  '2019.01-2021.12  深圳某电子有限公司 / 主要业绩：',
  'Massive Dynamic Inc., 2015 – 2017 / Manufacturing, 500–1,000 employees',
  'Cyberdyne Systems Inc., 2011 – 2014 / C++, CUDA, OpenCV, ROS',
  '2017.03-2019.08  成都某餐饮管理有限公司 / 月薪：8000元',
  'Initrode Ltd, 2019 – 2022 / https://initrode.example.com',
]);

function check(cases: EntryCase[]) {
  for (const c of cases) {
    (FAILING_AT_WRITING.has(label(c)) ? it.fails : it)(label(c), () => {
      expect(keyed(parsedEntries(c))).toEqual(keyed(c.entries));
    });
  }
}

describe('experience entries worldwide', () => check(ENTRY_CASES));

describe('no title', () => check(NO_TITLES));
