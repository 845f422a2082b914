/**
 * The English sections of the second blind entry set (titles-worldwide2.ts), written with it and under its decisions:
 * seniors with several employers and promotions, LinkedIn exports, agency, contract, acting, interim and seconded roles,
 * career breaks, own businesses, military service, volunteering, and the trades as they write their titles.
 */
import type { EntryCase } from './titles-worldwide.ts';

/** A section and the entries a recruiter notes from it, each as [company, title] (null: none written). */
export const m = (section: string, ...entries: [string | null, string | null][]): EntryCase => ({
  section,
  entries: entries.map(([company, title]) => ({ company, title })),
});

/** Seniors: several employers, promotions under one company heading, long prose. */
export const SENIOR_ENTRIES: EntryCase[] = [
  m(
    'Experience\nUnilever\nDirector, Supply Chain Planning\nJan 2020 – Present\nLed S&OP for the UK and Ireland across 14 factories.\nSenior Manager, Demand Planning\nMar 2016 – Dec 2019\nRan a demand planning team of 18.',
    ['Unilever', 'Director, Supply Chain Planning'],
    ['Unilever', 'Senior Manager, Demand Planning'],
  ),
  m(
    'Career History\nHead of Finance, Pret A Manger, London\nJan 2019 – Present\nLead a team of 25 across FP&A, financial control and commercial finance, reporting to the CFO and partnering the UK operations board on a £900m revenue base.\nFinancial Controller, Itsu, London\nMar 2015 – Dec 2018\nOwned the month-end close, the audit and the treasury for 70 restaurants.\nManagement Accountant, Whitbread PLC, Dunstable\nSep 2011 – Feb 2015\nPrepared the monthly management accounts for Premier Inn.',
    ['Pret A Manger', 'Head of Finance'],
    ['Itsu', 'Financial Controller'],
    ['Whitbread PLC', 'Management Accountant'],
  ),
  m(
    'Professional Experience\nMERCK & CO., INC. — Rahway, NJ\nSenior Director, Clinical Operations | 2018 – Present\nOversee 40 oncology studies across 22 countries.\nPFIZER INC. — New York, NY\nDirector, Clinical Operations | 2012 – 2018\nRan the vaccines portfolio’s site operations.',
    ['MERCK & CO., INC.', 'Senior Director, Clinical Operations'],
    ['PFIZER INC.', 'Director, Clinical Operations'],
  ),
  m(
    'Experience\nJohn Lewis Partnership\nBranch Manager, 2018 – 2022\nDepartment Manager, 2014 – 2018\nSection Manager, 2011 – 2014\nRan the Cheadle branch of 420 Partners.',
    ['John Lewis Partnership', 'Branch Manager'],
    ['John Lewis Partnership', 'Department Manager'],
    ['John Lewis Partnership', 'Section Manager'],
  ),
  m(
    'Experience\nDeloitte LLP, London\n• Director, Risk Advisory (2019 – Present)\n• Senior Manager, Risk Advisory (2016 – 2019)\n• Manager (2013 – 2016)\nLed operational resilience work for tier-1 banks.',
    ['Deloitte LLP', 'Director, Risk Advisory'],
    ['Deloitte LLP', 'Senior Manager, Risk Advisory'],
    ['Deloitte LLP', 'Manager'],
  ),
  m(
    'Experience\nPfizer — 2009 – 2021\nSenior Director, Regulatory Affairs (2017 – 2021)\nDirector, Regulatory Affairs (2013 – 2017)\nAssociate Director (2009 – 2013)\nLed 30 marketing authorisation filings in the EU.',
    ['Pfizer', 'Senior Director, Regulatory Affairs'],
    ['Pfizer', 'Director, Regulatory Affairs'],
    ['Pfizer', 'Associate Director'],
  ),
  m(
    'Experience\nRolls-Royce plc, Derby\nEngineering Manager → Director of Engineering\n2014 – 2022\nGrew the civil aerospace test function from 60 to 140 engineers.',
    ['Rolls-Royce plc', 'Engineering Manager'],
    ['Rolls-Royce plc', 'Director of Engineering'],
  ),
  m('Experience\nVP Engineering | Monzo Bank | London | 2020 – Present\nScaled engineering from 150 to 400 people.', [
    'Monzo Bank',
    'VP Engineering',
  ]),
  m('Experience\nChief Operating Officer (COO), Ocado Retail, 2019 – Present\nRan operations for 2,500 colleagues.', [
    'Ocado Retail',
    'Chief Operating Officer (COO)',
  ]),
  m('Experience\nSVP, Global Sales — Salesforce\n2017 – 2022\nOwned a $1.2bn bookings target.', ['Salesforce', 'SVP, Global Sales']),
  m('Experience\nHead of People, EMEA — Atlassian\n2018 – 2023\nBuilt the people team for 3,000 staff.', [
    'Atlassian',
    'Head of People, EMEA',
  ]),
  m(
    'Experience\nManaging Director, Investment Banking Division\nGoldman Sachs International, London\n2012 – 2020\nAdvised on 40 European M&A transactions.',
    ['Goldman Sachs International', 'Managing Director, Investment Banking Division'],
  ),
  m('Experience\nGroup Finance Director, Wates Group\n2016 – 2022\nLed the refinancing of the group.', [
    'Wates Group',
    'Group Finance Director',
  ]),
  m('Experience\nVP of Sales at HubSpot (Dublin)\n2018 – 2023\nLed the EMEA mid-market sales team.', ['HubSpot', 'VP of Sales']),
  m(
    'Experience\nSenior Structural Engineer, Arup, London, 2015 – 2022\nResponsible for the structural design of a 40-storey residential tower, leading a team of six engineers, coordinating with the architects, the contractor and the client, presenting to the planning committee, and mentoring graduates through their chartership.',
    ['Arup', 'Senior Structural Engineer'],
  ),
  m('Experience\n2019 – Present  Director of Nursing, Barts Health NHS Trust\nAccountable for nursing standards across four hospitals.', [
    'Barts Health NHS Trust',
    'Director of Nursing',
  ]),
  m(
    'Experience\nLeeds City Council\nHead of Housing Services (Acting), Apr 2021 – Jan 2022\nService Manager, Housing Options, 2016 – 2021\nRan the homelessness prevention service.',
    ['Leeds City Council', 'Head of Housing Services (Acting)'],
    ['Leeds City Council', 'Service Manager, Housing Options'],
  ),
  m(
    'Experience\nRoyal Berkshire NHS Foundation Trust\nWard Manager (Band 7), Acute Medical Unit\nApr 2019 – Present\nActing Ward Manager (Band 7)\nJun 2018 – Mar 2019\nDeputy Sister (Band 6)\n2015 – 2018\nLed a 32-bed unit with 45 staff.',
    ['Royal Berkshire NHS Foundation Trust', 'Ward Manager (Band 7), Acute Medical Unit'],
    ['Royal Berkshire NHS Foundation Trust', 'Acting Ward Manager (Band 7)'],
    ['Royal Berkshire NHS Foundation Trust', 'Deputy Sister (Band 6)'],
  ),
  m('Experience\nInterim CFO, Graze.com, London, 2019 – 2020\nLed the sale process to Unilever.', ['Graze.com', 'Interim CFO']),
  m(
    'Experience\nHM Treasury (secondment from Deloitte)\nPolicy Adviser, Financial Stability\nJan 2018 – Dec 2018\nDrafted the ring-fencing review.',
    ['HM Treasury', 'Policy Adviser, Financial Stability'],
  ),
  // Re-decided in the twenty-third round: the letters or the parent in brackets after a Latin employer are left off, as
  // the labelled set's batches since o629 leave them off ("Insurance Australia Group (IAG)", "Topshop (Arcadia Group)").
  m(
    'Experience\nProcter & Gamble (P&G) — Associate Brand Director, Pampers\n2015 – 2021\nRelaunched Pampers Premium Protection in 12 markets.',
    ['Procter & Gamble', 'Associate Brand Director, Pampers'],
  ),
];

/** LinkedIn exports: the company, the title, "Jan 2019 - Present · 5 yrs 2 mos", the place; roles grouped under a company. */
export const LINKEDIN_ENTRIES: EntryCase[] = [
  m('Experience\nStripe\nStaff Software Engineer\nJan 2019 - Present · 5 yrs 2 mos\nDublin, Ireland\nBuilt the billing ledger.', [
    'Stripe',
    'Staff Software Engineer',
  ]),
  // Re-decided in the twenty-third round: the letters or the parent in brackets after a Latin employer are left off, as
  // the labelled set's batches since o629 leave them off ("Insurance Australia Group (IAG)", "Topshop (Arcadia Group)").
  m(
    'Experience\nAmazon Web Services (AWS)\n7 yrs 4 mos\nPrincipal Solutions Architect\nJan 2021 - Present · 3 yrs 2 mos\nSeattle, Washington, United States\nSenior Solutions Architect\nOct 2016 - Dec 2020 · 4 yrs 3 mos\nSeattle, Washington, United States',
    ['Amazon Web Services', 'Principal Solutions Architect'],
    ['Amazon Web Services', 'Senior Solutions Architect'],
  ),
  m('Experience\nSoftware Engineer\nShopify · Full-time\nMar 2018 - Jun 2022 · 4 yrs 4 mos\nOttawa, Ontario, Canada · Remote', [
    'Shopify',
    'Software Engineer',
  ]),
  m(
    'Experience\nNail Technician\nThe Nail Lounge · Self-employed\nMay 2017 - Present · 6 yrs 10 mos\nManchester, England, United Kingdom',
    ['The Nail Lounge', 'Nail Technician'],
  ),
  m(
    'Experience\nTesco\nFull-time · 12 yrs\nStore Manager\nApr 2016 - Present · 8 yrs\nCardiff, Wales, United Kingdom\nDeputy Store Manager\nMar 2012 - Mar 2016 · 4 yrs 1 mo\nCardiff, Wales, United Kingdom',
    ['Tesco', 'Store Manager'],
    ['Tesco', 'Deputy Store Manager'],
  ),
  m(
    'Experience\nHead of Product\nRevolut · Full-time\nFeb 2021 - Present · 3 yrs 1 mo\nLondon Area, United Kingdom · Hybrid\nLed the credit products group.\nProduct Manager\nDeliveroo · Full-time\nJun 2017 - Jan 2021 · 3 yrs 8 mos\nLondon, England, United Kingdom',
    ['Revolut', 'Head of Product'],
    ['Deliveroo', 'Product Manager'],
  ),
  m('Experience\nVolunteer Driver\nBritish Red Cross · Volunteer\nJan 2020 - Present · 4 yrs 2 mos\nNorwich, England, United Kingdom', [
    'British Red Cross',
    'Volunteer Driver',
  ]),
  m('Experience\nWerner Enterprises\nCDL-A Driver (OTR)\nAug 2014 - Jul 2020 · 6 yrs\nOmaha, Nebraska, United States', [
    'Werner Enterprises',
    'CDL-A Driver (OTR)',
  ]),
];

/** Agency, contract, secondment, career breaks, own business, self-employment, military service, volunteering. */
export const ARRANGEMENT_ENTRIES: EntryCase[] = [
  m(
    'Experience\nSenior Business Analyst — HSBC (Contract via Hays)\nJun 2021 – Mar 2022\nMapped KYC processes for the remediation programme.',
    ['HSBC', 'Senior Business Analyst'],
  ),
  m('Experience\nContract Java Developer, Deutsche Bank (via Harvey Nash), London, 2019 – 2020\nBuilt trade-capture services.', [
    'Deutsche Bank',
    'Contract Java Developer',
  ]),
  m('Experience\nLGV Class 2 Driver (Agency)\nStobart Group\n2017 – 2019\nMulti-drop deliveries across the North West.', [
    'Stobart Group',
    'LGV Class 2 Driver',
  ]),
  m(
    'Experience\nCareer break – caring for family\nMar 2019 – Aug 2021\nBarclays\nOperations Manager\nJan 2014 – Feb 2019\nRan a 40-person payments operations team.',
    ['Barclays', 'Operations Manager'],
  ),
  m(
    'Experience\nRegional Sales Manager, Diageo, 2016 – 2019\nGrew on-trade volume 12%.\nCareer Break (travel), 2019 – 2020\nSales Director, Fever-Tree, 2020 – Present\nLed the UK on-trade team.',
    ['Diageo', 'Regional Sales Manager'],
    ['Fever-Tree', 'Sales Director'],
  ),
  m('Experience\nSelf-employed Electrician\n2011 – Present\nDomestic rewires, consumer units and EICRs across Surrey.', [
    null,
    'Self-employed Electrician',
  ]),
  m('Experience\nOwner-Operator, Self-employed (leased to Landstar)\n2015 – Present\nFlatbed loads across the Midwest.', [
    'Self-employed',
    'Owner-Operator',
  ]),
  m('Experience\nFounder & CEO, Bloom Botanics Ltd\n2017 – Present\nBuilt a DTC plant brand to £2m revenue.', [
    'Bloom Botanics Ltd',
    'Founder & CEO',
  ]),
  m('Experience\nOwner / Head Baker — Crumbs Bakery, Hebden Bridge\n2012 – 2020\nRan a six-person artisan bakery.', [
    'Crumbs Bakery',
    'Owner / Head Baker',
  ]),
  m('Experience\nBarber & Shop Owner, Fade Factory, Bristol, 2015 – Present\nBuilt a three-chair shop.', [
    'Fade Factory',
    'Barber & Shop Owner',
  ]),
  m('Experience\nBritish Army\nCorporal, Royal Logistic Corps\n2006 – 2014\nCommanded a section of fuel tanker drivers.', [
    'British Army',
    'Corporal, Royal Logistic Corps',
  ]),
  m(
    'Experience\nUnited States Marine Corps — Motor Transport Operator (MOS 3531)\n2004 – 2012\nLed convoy operations in Helmand Province.',
    ['United States Marine Corps', 'Motor Transport Operator (MOS 3531)'],
  ),
  m('Experience\nRepublic of Korea Army — Sergeant (mandatory military service)\n2009 – 2011\nSquad leader in a signals battalion.', [
    'Republic of Korea Army',
    'Sergeant',
  ]),
  m('Experience\nVolunteer Firefighter, Country Fire Authority, 2015 – Present\nResponded to bushfires and road accidents.', [
    'Country Fire Authority',
    'Volunteer Firefighter',
  ]),
  m('Experience\nTrustee (voluntary), Shelter Scotland\n2019 – Present\nChair of the audit committee.', ['Shelter Scotland', 'Trustee']),
];

/** The trades as they write their titles, in the layouts their resumes come in. */
export const TRADE_ENTRIES: EntryCase[] = [
  m('Experience\nCDL-A Driver (OTR)\nWerner Enterprises, Omaha, NE\n2014 – 2020\nDrove 2.5 million accident-free miles across 48 states.', [
    'Werner Enterprises',
    'CDL-A Driver (OTR)',
  ]),
  m('Experience\nJourneyman Joiner, Mace Group, London, 2016 – 2021\nFirst and second fix on high-rise residential.', [
    'Mace Group',
    'Journeyman Joiner',
  ]),
  m('Experience\nNail Technician | Nails Inc. | London | 2018 – Present\nGel, acrylic and nail art.', ['Nails Inc.', 'Nail Technician']),
  m('Experience\nTea Master, Jing Tea, London\n2015 – 2019\nLed tastings and trained the tea bar team.', ['Jing Tea', 'Tea Master']),
  m('Experience\nBGC Contracting Pty Ltd, Perth — Excavator Operator\n2013 – 2019\nOperated 90-t excavators on iron ore mines.', [
    'BGC Contracting Pty Ltd',
    'Excavator Operator',
  ]),
  m('Experience\nHeavy Equipment Operator (Excavator), Kiewit Corporation, 2009 – 2018\nMass excavation on highway projects.', [
    'Kiewit Corporation',
    'Heavy Equipment Operator (Excavator)',
  ]),
  m('Experience\nPlant Operator – 360 Excavator (CPCS A59)\nMcGee Group, London\n2014 – 2019\nBasement digs in central London.', [
    'McGee Group',
    'Plant Operator – 360 Excavator (CPCS A59)',
  ]),
  m('Experience\nBench Joiner, Howdens Joinery\n2012 – 2016\nMade bespoke staircases and sash windows.', [
    'Howdens Joinery',
    'Bench Joiner',
  ]),
  m('Experience\nHGV Technician (Apprentice), Volvo Trucks UK, 2010 – 2014\nServiced FH and FM tractors.', [
    'Volvo Trucks UK',
    'HGV Technician (Apprentice)',
  ]),
  m('Experience\nTractor-Trailer Driver (AZ), Challenger Motor Freight, Cambridge ON, 2013 – 2019\nCross-border runs to Texas.', [
    'Challenger Motor Freight',
    'Tractor-Trailer Driver (AZ)',
  ]),
  m('Experience\nTanker Driver – ADR, Hoyer UK, 2016 – 2020\nFuel deliveries to forecourts.', ['Hoyer UK', 'Tanker Driver – ADR']),
  m('Experience\nCarpenter (Red Seal)\nPCL Construction\n2011 – 2019\nFormwork on high-rise towers.', [
    'PCL Construction',
    'Carpenter (Red Seal)',
  ]),
  m('Experience\nDigger Driver, J Murphy & Sons, 2008 – 2012\nCable trenching for the National Grid.', [
    'J Murphy & Sons',
    'Digger Driver',
  ]),
  m('Experience\nForklift Operator (Counterbalance & Reach), Wincanton, 2014 – 2017\nLoaded 40 trailers a shift.', [
    'Wincanton',
    'Forklift Operator (Counterbalance & Reach)',
  ]),
  m('Experience\nSenior Nail Artist | Townhouse | London | 2019 – Present\nEditorial and bridal nails.', [
    'Townhouse',
    'Senior Nail Artist',
  ]),
  // Re-decided in the twenty-third round: the letters or the parent in brackets after a Latin employer are left off, as
  // the labelled set's batches since o629 leave them off ("Insurance Australia Group (IAG)", "Topshop (Arcadia Group)").
  m('Experience\nTea Blender, Twinings (Associated British Foods plc), Andover, 2010 – 2018\nBlended and tasted 300 teas a day.', [
    'Twinings',
    'Tea Blender',
  ]),
  m('Experience\nSite Joiner (CSCS Gold Card), Bowmer + Kirkland, 2012 – 2018\nFitted doors and kitchens.', [
    'Bowmer + Kirkland',
    'Site Joiner (CSCS Gold Card)',
  ]),
  m('Experience\nScaffolder (CISRS Advanced), Altrad, 2010 – 2017\nErected tube-and-fitting scaffolds.', [
    'Altrad',
    'Scaffolder (CISRS Advanced)',
  ]),
  m('Work History\nLead Barista & Tea Specialist, Postcard Teas, London, 2016 – 2019\nRan the tasting table.', [
    'Postcard Teas',
    'Lead Barista & Tea Specialist',
  ]),
  m(
    'Employment History\nDelivery Driver (Multi-drop)\nDPD Group UK\nMar 2017 – Feb 2021\nUp to 140 drops a day.\nWarehouse Operative\nXPO Logistics\nJan 2014 – Feb 2017\nPicking and loading.',
    ['DPD Group UK', 'Delivery Driver (Multi-drop)'],
    ['XPO Logistics', 'Warehouse Operative'],
  ),
  m(
    'Experience\nMaster Joiner, Self-employed, 2014 – Present\nBespoke kitchens and staircases.\nJoiner, Laing O’Rourke, 2008 – 2014\nSecond fix on schools and hospitals.\nApprentice Joiner, Wates Construction, 2004 – 2008\nNVQ Level 3 on site.',
    ['Self-employed', 'Master Joiner'],
    ['Laing O’Rourke', 'Joiner'],
    ['Wates Construction', 'Apprentice Joiner'],
  ),
];
