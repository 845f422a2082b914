/**
 * The labels forms and tables write before or above a work or school entry's values (Europass, job boards' fields,
 * column headings): labels, not names. Entries (entries.ts), the title-and-description split (title-descriptions.ts) and
 * schools (education.ts) pass over them.
 */

/**
 * The older Europass CV's field names, written before each value ("Occupation or position held: …") or on a line of
 * their own above it: labels, not names.
 */
const EUROPASS_FIELD = String.raw`occupation or position held|name and address of employer|title of qualification awarded|name and type of organi[sz]ation providing education and training|principal subjects(?:\/occupational skills covered)?|level in national or international classification`;
/** A Europass field name on a line of its own, its value on the next. */
export const EUROPASS_LABEL = new RegExp(String.raw`^\s*(?:${EUROPASS_FIELD})\s*$`, 'iu');
/** A label before an entry's value on its line ("公司：…", "Title: …"), or a Europass field two spaces before it. */
export const LABEL = new RegExp(
  String.raw`^(?:(?:${EUROPASS_FIELD}|dates)\s{2,}(?=\S)|(?:公司(?:名称)?|工作单位|所在(?:公司|单位)|任职(?:公司|单位)|就职公司|担任(?:职务|职位)|职称|职位名称|单位|职位|职务|岗位|(?:毕业|就读)?(?:学校|院校)(?:名称)?|专业|学历|学位|时间|起止时间|在职时间|任职时间|日期|company|employer|title|position|role|school|institution|education|major|degree|dates?|period|${EUROPASS_FIELD})\s*[:：]\s*)`,
  'iu',
);

/**
 * Column headings of a table ("时间 公司 职位", "Dates | Company | Title", "Year / Degree / University", an Indian
 * table's "Examination | University/Board | Year of Passing | CGPA/%"), or a label on a line of its own in a key/value
 * table (学校 / 吉林大学): labels, not names.
 */
export const COLUMN_HEADINGS =
  /^(?:\s*(?:时间|起止时间|起止日期|就读时间|毕业时间|日期|公司|公司名称|工作单位|所在公司|任职公司|担任职务|职称|单位|职位|职务|岗位|部门|学校|院校|毕业院校|学校名称|所学专业|专业|学历|学位|期間|任職期間|科系|工作内容|工作职责|主要职责|描述|证书|起止年月|zeitraum|bildungseinrichtung|abschluss|year graduated|year of passing|passing year|dates?|period|years?|from|to|start(?: date)?|end(?: date)?|job title|company|employer|title|position|role|school|institution|institute|university|college|board|examination|course|percentage|marks|cgpa|gpa|grade|division|%|qualifications?|certificate|major|degree|s\/n|responsibilities|duties|description)\s*[|｜,，/:：]?)+$/iu;

/** A form's label for the employer (Europass, a job board's fields): the line names it whatever its words. */
export const EMPLOYER_LABEL =
  /^\s*(?:name and address of employer|employer|company(?: name)?|公司名称|工作单位|所在公司|任职公司|就职公司)\s*[:：]|^\s*name and address of employer\s{2,}\S/iu;
/** A form's label for what the job was (Europass), written between the role and its employer: passed over. */
export const FORM_DESCRIPTION = /^\s*(?:main activities and responsibilities|type of business or sector)\s*[:：]/iu;

/** The client a contractor was placed at, on a line of its own ("Client: Citibank", 客户：招商银行): the employer is the contractor. */
export const CLIENT_LINE = /^\s*(?:clients?|customer|end client|客户|甲方|服务客户)\s*[:：]/iu;
