/**
 * How a role was held, and where, as an entry writes it beside a title or an employer: a note in brackets
 * ("(Contract via Hays)", （劳务派遣）, "(ICU ward)"), a part of its own ("外派至华为技术有限公司", "7 yrs 4 mos") or a label
 * before the title ("Secondment: Policy Adviser"). entry-parts leaves them off while it tells an entry's parts apart;
 * entry-names gives a title its own note back.
 */

/**
 * How a role was held, as a bracketed note says it: part-time, temporary, by contract, as cover, acting, placed by an
 * agency (派遣, 外包). One kind of ARRANGEMENT, and a note a title keeps (entry-names' withTitleNote).
 */
export const HOLDING = String.raw`maternity(?: leave)? cover|contract(?:or)?|part[- ]time|full[- ]time|temp(?:orary)?|fixed[- ]term(?: contract)?|freelance|locum|seasonal|casual|interim|acting|兼职|全职|临时|外包|派遣|劳务派遣`;

/**
 * The unit or site a role was held in, in brackets: a park, a plant, a store, a department ("（深圳龙华园区）", "(ICU ward)");
 * a warehouse (（合肥亚洲一号仓）), not the city of 太仓 (克朗斯机械（太仓）有限公司).
 */
const WHERE_NOTE = String.raw`[^()（）]{0,24}(?:园区|工业园|产业园|厂区|工厂|厂|基地|(?<=[\u4e00-\u9fff])场|(?<!太)仓|仓库|中心|分场|管理区|车间|生产线|处|所|科|室|部|站|分站|分公司|分院|分厂|分校|分所|分行|店|校区|项目(?:\s+[A-Za-z][^()（）]*)?|总区|门市|門市|总公司|總公司|(?<=[\u4e00-\u9fff])组|支队|大队|中队|车队|营业厅|营业部|支行|网点|门店)|[^()（）]{0,24}\b(?:store|shop|branch|outlet|hub|garage|depot|warehouse|hospital|clinic|dentistry|dental care|(?:dental|medical|health) cent(?:re|er)|international school|campus|librar(?:y|ies)|archives|museum)|(?:[\p{L} ]{0,30}\s)?(?:department|dept\.?|division|ward|unit|services?|team)(?:\s+of\s+[^)）]+)?`;
/** The rest of ARRANGEMENT: how the role was held and the employer's own notes, not where (WHERE_NOTE). */
const ROLE_NOTE = String.raw`(?:${HOLDING})(?:\s*[,，/、]\s*(?:${HOLDING}))*|independent contract(?:or)?|maternity leave|parental leave cover|self[- ]employed|agency|voluntary|unpaid|pro bono|(?:mandatory |compulsory )?(?:military|national) service|挂职|借调|代理|(?:[\p{L}-]+\s+){1,2}via\s+[^)）]+|\d+[- ]?(?:months?|weeks?|years?|mos?)\s+(?:contract|ftc|fixed[- ]term(?: contract)?|assignment|secondment|maternity cover|cover)|(?:on\s+)?(?:secondment|seconded|on loan|loaned|leased|outsourced|dispatched|assigned|placed|stationed|embedded)(?:\s+(?:from|to|at|with|in)\s+[^)）]+)?|(?:now|formerly|previously|renamed)\s+[^)）]+|(?:an?\s+)?[^()（）]{0,30}\bmember firm|(?:a\s+)?member of\s+[^)）]+|(?:acquired|bought) by\s+[^)）]+|(?:\d{4}\s*年\s*)?被[^()（）]{1,20}(?:收购|并购)|remote|hybrid|on[- ]?site(?:\s+(?:at|with)\s+[^)）]+)?|(?:interim|temporary|contract)\s+(?:assignment|role|position)|promoted(?:\s+(?:in\s+)?(?:19|20)\d{2})?|晋升|升职|现(?:已)?(?:更名|改名)?为[^)）]*|现名[^)）]*|[现現]\s*(?!场|任|職|职|在)[^)）\d]{2,}|原名?[\u4e00-\u9fff]{3,}[^)）]*|(?:[^()（）]*[，,、]\s*)?(?:外派|派驻|驻场|驻)(?:至|到|于)?\s*(?:[^()（）]|[(（][^()（）]*[)）])+|(?:end )?(?:clients?|accounts?)\s*[:：][^)）]*|(?:服务)?客户\s*[:：][^)）]*|sole trader|sole proprietor(?:ship)?|freiberuflich|independent (?:consultant|contractor)|个体工商户|個體工商戶|[^()（）]{2,30}\saccount|[^()（）]{2,30}\s(?:sites|projects)|(?:fifo|dido|rotation|roster|swing)?\s*\d{1,2}\s*[/:]\s*\d{1,2}(?:\s*(?:rotation|roster|swing|fifo|轮休|倒班|轮班|轮换|工作制))?|家族(?:经营|企业|生意)|family(?:[- ]run| business| firm)|(?:因)?保密[^)）]*|confidential[^)）]*|(?:合作导师|博士后导师|导师|指导(?:老师|教师)|supervisor|advisor|adviser|host|PI)\s*[:：][^)）]*`;

/**
 * An arrangement written in brackets beside a title or an employer, left off while an entry's parts are told apart
 * ("Teaching Assistant (Maternity cover)", "Software Developer (Contract)", "Amazon Flex (self-employed)", "短视频剪辑师
 * （兼职）"; a title gets its note back afterwards, entry-names' withTitleNote), as are the agency, the
 * dispatch, the host of a secondment or a renamed employer's new name ("HSBC (Contract via Hays)", "(Agency via Harvey Nash)",
 * "营业员（劳务派遣）", "副县长（挂职）", "(secondment from Deloitte)", "Sergeant (mandatory military service)", "LINE
 * Corporation (now LY Corporation)", "中国扶贫基金会（现中国乡村发展基金会）", "（原锦江国际酒店发展股份有限公司）"), a
 * family business's note ("（家族经营）"), a confidentiality note ("（因保密协议不便透露）") and a postdoc's supervisor
 * ("（合作导师：Prof. Chen）", "(Supervisor: Dr Smith)"). So are where an agency placed its worker, its letters before
 * and the client's bracket within too ("（外派至华为）", "（驻宝洁苏州工厂）", "（FESCO，派驻微软（中国）有限公司）"), and the
 * site or unit worked at ("（深圳龙华园区）", "（成都客服中心）", "（合肥亚洲一号仓）", "（第三管理区）", "（变电运维中心）",
 * "（方家山核电厂运行处）", "（睢阳区城郊供电所）", "（西安翡翠天誉项目）", "（上海分公司）", "（港島總區）", "（金融组）"; a
 * Chinese employer's region, tender section or park too, entry-parts' EMPLOYER_UNIT), a client or a department ("(client: Chevron
 * Gorgon)", a BPO's "(Telstra account)" or "(account: a US telecom)", a hire firm's "(Balfour Beatty sites)",
 * （服务客户：…）, "(Department of Pharmacy)"), working for oneself ("(sole trader)", （个体工商户）), a way of working ("(remote)", "(interim
 * assignment)"), an acquisition (（2020年被…收购）) and a rotation ("(FIFO 2/2)", "（28/28轮休）"), as the labelled set
 * leaves them off in the open dev resumes of its later batches (o599, o729, o732, o734, o751, o769, o773, o785, o797,
 * o802, o805, o818, o820, o827, o834, o836, o841, o1015 onward; o223's 驻场 note, o127's 分院, o258's 项目部 and o412's
 * client were kept by earlier writers). So is a placement ("(placed at OCBC branches)", "(on-site at Intel D1X)"). An
 * agency named alone after an employer stays ("John Deere (via RDO Equipment)"), as the labelled set writes it.
 */
export const ARRANGEMENT = new RegExp(String.raw`\s*[(（]\s*(?:${ROLE_NOTE}|${WHERE_NOTE})\s*[)）]`, 'giu');
/**
 * A note in brackets that is none of a title's (entry-names' withTitleNote): an arrangement (ROLE_NOTE: an agency, a
 * placement, a secondment, working for oneself, unpaid work, an employer's own note), not a unit or a site (WHERE_NOTE).
 */
export const ROLE_ARRANGEMENT = new RegExp(String.raw`^\s*[(（]\s*(?:${ROLE_NOTE})\s*[)）]`, 'iu');

/**
 * A part that is only an arrangement, a LinkedIn duration, a working pattern or a reporting line, written where a name
 * could be: "劳务派遣", "外派至华为技术有限公司", "Contract via Hays", "7 yrs 4 mos", "Permanent", "Hybrid", "Reporting to
 * the CFO".
 */
export const ARRANGEMENT_PART =
  /^(?:劳务派遣|派遣|外包|挂职|借调|(?:外派|派驻|驻场)(?:至|到|于).*|contract(?:ed)? via .+|(?:\d+\s*(?:yrs?|years?|mos?|months?)\s*)+|less than a year|permanent|hybrid|on[- ]?site|in[- ]office|fixed[- ]term|temporary|(?:mandatory |compulsory )?(?:national|military) service|(?:reporting|reports?) (?:directly )?to\b.*)$/iu;

/** An arrangement written as a label before the title: "Secondment: Policy Adviser", "Contract: Java Developer". */
export const ARRANGEMENT_LABEL = /^(?:secondment|contract|temp|agency|placement|locum)\s*[:：]\s*/iu;
