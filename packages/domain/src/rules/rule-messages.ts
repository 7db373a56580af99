/**
 * Vietnamese sentences of the rules engine. Every sentence ends with the article it applies, filled
 * from the rule row that produced the check: `({citation})`. Spread into MESSAGES (messages.ts).
 */
export const RULE_MESSAGES = {
  RULE_AWARD_NOT_IN_FORCE: {
    text: '«{award}» không có trong các quy định áp dụng ngày {date} ({citation}).',
    params: ['award', 'date', 'citation'],
  },
  RULE_SUBJECT_MATCHES: {
    text: '«{award}» được xét tặng cho {subject} ({citation}).',
    params: ['award', 'subject', 'citation'],
  },
  RULE_SUBJECT_MISMATCH: {
    text: '«{award}» không xét tặng cho {subject}; chỉ dành cho {allowed} ({citation}).',
    params: ['award', 'subject', 'allowed', 'citation'],
  },
  RULE_AUTHORITY_COMMUNE_CHAIR: {
    text: 'Chủ tịch UBND cấp xã quyết định tặng «{award}» ({citation}).',
    params: ['award', 'citation'],
  },
  RULE_AUTHORITY_PROPOSE_UPWARD: {
    text: '«{award}» do {authority} quyết định; xã, phường lập hồ sơ đề nghị lên cấp trên ({citation}).',
    params: ['award', 'authority', 'citation'],
  },
  RULE_AUTHORITY_ARMED_FORCES: {
    text: '«{award}» do {authority} quyết định theo hệ thống của lực lượng vũ trang, không thuộc thẩm quyền của Chủ tịch UBND cấp xã ({citation}).',
    params: ['award', 'authority', 'citation'],
  },
  RULE_AUTHORITY_EXCEEDED: {
    text: '{decidedBy} không có thẩm quyền tặng «{award}»; thẩm quyền thuộc {authority} ({citation}).',
    params: ['decidedBy', 'award', 'authority', 'citation'],
  },
  RULE_SERVICE_MONTHS_MET: {
    text: 'Có {months} tháng công tác trong năm {year}, đủ tối thiểu {required} tháng ({citation}).',
    params: ['months', 'year', 'required', 'citation'],
  },
  RULE_SERVICE_MONTHS_SHORT: {
    text: 'Chỉ có {months} tháng công tác trong năm {year}, chưa đủ {required} tháng để bình xét danh hiệu ({citation}).',
    params: ['months', 'year', 'required', 'citation'],
  },
  RULE_NOT_DISCIPLINED: {
    text: 'Không bị kỷ luật trong năm {year} ({citation}).',
    params: ['year', 'citation'],
  },
  RULE_DISCIPLINED_IN_YEAR: {
    text: 'Bị kỷ luật từ khiển trách trở lên trong năm {year} nên không được xét danh hiệu ({citation}).',
    params: ['year', 'citation'],
  },
  RULE_ABSENCE_WITHIN_LIMIT: {
    text: 'Nghỉ {days} ngày làm việc trong năm {year}, dưới {limit} ngày ({citation}).',
    params: ['days', 'year', 'limit', 'citation'],
  },
  RULE_ABSENCE_TOO_LONG: {
    text: 'Nghỉ {days} ngày làm việc trong năm {year}, từ {limit} ngày trở lên (không kể nghỉ thai sản) nên không được xét «{award}» ({citation}).',
    params: ['days', 'year', 'limit', 'award', 'citation'],
  },
  RULE_NO_PENDING_REVIEW: {
    text: 'Không đang bị xem xét kỷ luật, thanh tra, điều tra hoặc giải quyết khiếu nại ({citation}).',
    params: ['citation'],
  },
  RULE_PENDING_REVIEW: {
    text: 'Đang bị xem xét kỷ luật, thanh tra, điều tra hoặc giải quyết khiếu nại nên chưa được khen thưởng ({citation}).',
    params: ['citation'],
  },
  RULE_HOUSEHOLD_NO_GROUNDS: {
    text: 'Hộ không thuộc trường hợp bị từ chối công nhận năm {year} ({citation}).',
    params: ['year', 'citation'],
  },
  RULE_HOUSEHOLD_REFUSAL_GROUNDS: {
    text: 'Hộ thuộc trường hợp không được công nhận năm {year}: {grounds} ({citation}).',
    params: ['year', 'grounds', 'citation'],
  },
  RULE_GRADE_MET: {
    text: 'Năm {year} xếp loại «{grade}», đạt mức tối thiểu «{required}» ({citation}).',
    params: ['year', 'grade', 'required', 'citation'],
  },
  RULE_GRADE_NOT_MET: {
    text: 'Năm {year} xếp loại «{grade}», chưa đạt mức «{required}» ({citation}).',
    params: ['year', 'grade', 'required', 'citation'],
  },
  RULE_TITLE_IN_YEAR_HELD: {
    text: 'Đã đạt danh hiệu «{title}» năm {year} ({citation}).',
    params: ['title', 'year', 'citation'],
  },
  RULE_TITLE_IN_YEAR_PENDING: {
    text: 'Chưa có danh hiệu «{title}» năm {year}: phải được công nhận danh hiệu này trong cùng đợt xét ({citation}).',
    params: ['title', 'year', 'citation'],
  },
  RULE_TITLE_IN_YEAR_MISSING: {
    text: 'Không đạt tiêu chuẩn danh hiệu «{title}» năm {year}, là điều kiện bắt buộc ({citation}).',
    params: ['title', 'year', 'citation'],
  },
  RULE_INITIATIVES_MET: {
    text: 'Có {count} sáng kiến được công nhận trong năm {year}, đủ {required} ({citation}).',
    params: ['count', 'year', 'required', 'citation'],
  },
  RULE_INITIATIVES_SHORT: {
    text: 'Có {count} sáng kiến được công nhận trong năm {year}, cần ít nhất {required} ({citation}).',
    params: ['count', 'year', 'required', 'citation'],
  },
  RULE_RESEARCH_MET: {
    text: 'Có {count} đề tài khoa học được nghiệm thu trong năm {year}, đủ {required} ({citation}).',
    params: ['count', 'year', 'required', 'citation'],
  },
  RULE_RESEARCH_SHORT: {
    text: 'Có {count} đề tài khoa học được nghiệm thu trong năm {year}, cần ít nhất {required} ({citation}).',
    params: ['count', 'year', 'required', 'citation'],
  },
  RULE_ANY_OF_MET: {
    text: 'Đạt điều kiện: {met} ({citation}).',
    params: ['met', 'citation'],
  },
  RULE_ANY_OF_NOT_MET: {
    text: 'Chưa đạt điều kiện nào trong: {options} ({citation}).',
    params: ['options', 'citation'],
  },
  RULE_ANY_OF_UNKNOWN: {
    text: 'Chưa đủ dữ liệu để xét một trong các điều kiện: {options} ({citation}).',
    params: ['options', 'citation'],
  },
  RULE_CONSECUTIVE_AWARDS_MET: {
    text: 'Đạt «{award}» {count} lần liên tục ({years}), đủ {required} lần ({citation}).',
    params: ['award', 'count', 'years', 'required', 'citation'],
  },
  RULE_CONSECUTIVE_AWARDS_SHORT: {
    text: 'Chưa đủ {required} lần liên tục đạt «{award}» tính đến năm {year}: có {count} lần liên tục ({years}) ({citation}).',
    params: ['required', 'award', 'year', 'count', 'years', 'citation'],
  },
  RULE_CONSECUTIVE_AWARDS_PENDING: {
    text: 'Có {count} lần liên tục đạt «{award}» ({years}); cần được công nhận danh hiệu này năm {year} trong cùng đợt xét để đủ {required} lần ({citation}).',
    params: ['count', 'award', 'years', 'year', 'required', 'citation'],
  },
  RULE_CONSECUTIVE_GRADES_MET: {
    text: 'Có {count} năm liên tục xếp loại từ «{grade}» trở lên ({years}), với {initiatives} sáng kiến chưa dùng để xét danh hiệu khác ({citation}).',
    params: ['count', 'grade', 'years', 'initiatives', 'citation'],
  },
  RULE_CONSECUTIVE_GRADES_SHORT: {
    text: 'Chưa đủ {required} năm liên tục xếp loại từ «{grade}» trở lên tính đến năm {year}: có {count} năm ({years}) ({citation}).',
    params: ['required', 'grade', 'year', 'count', 'years', 'citation'],
  },
  RULE_RUN_INITIATIVES_SHORT: {
    text: 'Trong các năm {years} chỉ có {count} sáng kiến chưa dùng để xét danh hiệu khác, cần {required} ({citation}).',
    params: ['years', 'count', 'required', 'citation'],
  },
  RULE_PRIOR_AWARD_MISSING: {
    text: 'Chưa được tặng «{prior}» trước năm {year} ({citation}).',
    params: ['prior', 'year', 'citation'],
  },
  RULE_AFTER_PRIOR_AWARD_MET: {
    text: 'Sau «{prior}» năm {priorYear}: {count} năm liên tục xếp loại từ «{grade}» trở lên ({years}), có {awards} lần «{award}» ({citation}).',
    params: ['prior', 'priorYear', 'count', 'grade', 'years', 'awards', 'award', 'citation'],
  },
  RULE_AWARDS_IN_RUN_SHORT: {
    text: 'Trong các năm {years} chỉ có {count} lần đạt «{award}», cần {required} ({citation}).',
    params: ['years', 'count', 'award', 'required', 'citation'],
  },
  RULE_MEMBER_SHARE_MET: {
    text: '{count}/{members} thành viên {what} ({percent}), đạt yêu cầu {requirement} ({citation}).',
    params: ['count', 'members', 'what', 'percent', 'requirement', 'citation'],
  },
  RULE_MEMBER_SHARE_NOT_MET: {
    text: '{count}/{members} thành viên {what} ({percent}), chưa đạt yêu cầu {requirement} ({citation}).',
    params: ['count', 'members', 'what', 'percent', 'requirement', 'citation'],
  },
  RULE_MEMBER_COUNT_MET: {
    text: 'Có {count} thành viên {what}, đủ ít nhất {required} ({citation}).',
    params: ['count', 'what', 'required', 'citation'],
  },
  RULE_MEMBER_COUNT_SHORT: {
    text: 'Có {count} thành viên {what}, cần ít nhất {required} ({citation}).',
    params: ['count', 'what', 'required', 'citation'],
  },
  RULE_NO_MEMBER_DISCIPLINED: {
    text: 'Không có thành viên bị kỷ luật từ cảnh cáo trở lên trong năm {year} ({citation}).',
    params: ['year', 'citation'],
  },
  RULE_MEMBER_DISCIPLINED: {
    text: 'Có {count} thành viên bị kỷ luật từ cảnh cáo trở lên trong năm {year} ({citation}).',
    params: ['count', 'year', 'citation'],
  },
  RULE_JUDGEMENT: {
    text: 'Cần Hội đồng đánh giá: {criterion} ({citation}).',
    params: ['criterion', 'citation'],
  },
  RULE_FACT_UNKNOWN: {
    text: 'Chưa có dữ liệu «{fact}» nên chưa xét được điều kiện này ({citation}).',
    params: ['fact', 'citation'],
  },
  RULE_CAP_WITHIN: {
    text: '{group}: {count} đề nghị «{award}» trên {base} người đạt «{baseAward}», trong giới hạn {share} (tối đa {max}) ({citation}).',
    params: ['group', 'count', 'award', 'base', 'baseAward', 'share', 'max', 'citation'],
  },
  RULE_CAP_EXCEEDED: {
    text: '{group}: {count} đề nghị «{award}» vượt giới hạn {share} của {base} người đạt «{baseAward}» (tối đa {max}) ({citation}).',
    params: ['group', 'count', 'award', 'share', 'base', 'baseAward', 'max', 'citation'],
  },
  RULE_CAP_WARNING: {
    text: '{group}: {count} đề nghị «{award}» vượt mức cảnh báo {share} của {base} người đạt «{baseAward}» (tối đa {max}); Hội đồng cần cân nhắc ({citation}).',
    params: ['group', 'count', 'award', 'share', 'base', 'baseAward', 'max', 'citation'],
  },
  RULE_DUPLICATE_AWARD: {
    text: '«{award}» được đề nghị {count} lần cho cùng một thành tích của {nominee} ({citation}).',
    params: ['award', 'count', 'nominee', 'citation'],
  },
  RULE_SEVERAL_FORMS_ONE_ACHIEVEMENT: {
    text: '{nominee} được đề nghị nhiều hình thức khen thưởng ({awards}) cho cùng một thành tích ({citation}).',
    params: ['nominee', 'awards', 'citation'],
  },
  RULE_HIGHEST_TITLE_PAID: {
    text: '{nominee} đạt nhiều danh hiệu cho cùng thời gian thành tích năm {year}: chỉ nhận tiền thưởng của «{paid}» (mức cao nhất), không nhận của {unpaid} ({citation}).',
    params: ['nominee', 'year', 'paid', 'unpaid', 'citation'],
  },
  RULE_VOTE_QUORUM_MET: {
    text: 'Có {present}/{base} {baseLabel} dự họp, đạt yêu cầu {requirement} ({citation}).',
    params: ['present', 'base', 'baseLabel', 'requirement', 'citation'],
  },
  RULE_VOTE_NO_QUORUM: {
    text: 'Chỉ có {present}/{base} {baseLabel} dự họp, chưa đạt {requirement}: chưa đủ điều kiện biểu quyết ({citation}).',
    params: ['present', 'base', 'baseLabel', 'requirement', 'citation'],
  },
  RULE_VOTE_THRESHOLD_MET: {
    text: '{agree}/{base} {baseLabel} đồng ý, đạt yêu cầu {requirement} (cần {required} phiếu) ({citation}).',
    params: ['agree', 'base', 'baseLabel', 'requirement', 'required', 'citation'],
  },
  RULE_VOTE_THRESHOLD_NOT_MET: {
    text: '{agree}/{base} {baseLabel} đồng ý, chưa đạt yêu cầu {requirement} (cần {required} phiếu) ({citation}).',
    params: ['agree', 'base', 'baseLabel', 'requirement', 'required', 'citation'],
  },
  RULE_VOTE_BALLOTS_INCONSISTENT: {
    text: 'Số liệu bỏ phiếu không khớp: {detail} ({citation}).',
    params: ['detail', 'citation'],
  },
  RULE_REWARD_AMOUNT: {
    text: '«{award}» ({subject}): {coefficient} × {baseSalary} đồng = {unrounded} đồng, làm tròn lên bội số của {unit} đồng: {amount} đồng ({citation}).',
    params: ['award', 'subject', 'coefficient', 'baseSalary', 'unrounded', 'unit', 'amount', 'citation'],
  },
  RULE_REWARD_NO_MONEY: {
    text: '«{award}» ({subject}) chỉ tặng giấy chứng nhận, không kèm tiền thưởng ({citation}).',
    params: ['award', 'subject', 'citation'],
  },
  RULE_REWARD_NOT_APPLICABLE: {
    text: '«{award}» không tặng cho {subject} theo quy định áp dụng ngày {date} ({citation}).',
    params: ['award', 'subject', 'date', 'citation'],
  },
  RULE_OVERRIDE_NOT_ALLOWED: {
    text: 'Không thể thay quy định «{ruleId}» bằng văn bản của tỉnh, xã: đây là quy định bắt buộc của trung ương ({citation}).',
    params: ['ruleId', 'citation'],
  },
  RULE_OVERRIDE_UNKNOWN_RULE: {
    text: 'Quy định «{ruleId}» không có trong bảng quốc gia; tỉnh, xã chỉ được bổ sung tiêu chí chấm bằng đánh giá hoặc giới hạn tỷ lệ ({citation}).',
    params: ['ruleId', 'citation'],
  },
} as const satisfies Record<string, { text: string; params: readonly string[] }>;

export type RuleMessageCode = keyof typeof RULE_MESSAGES;
