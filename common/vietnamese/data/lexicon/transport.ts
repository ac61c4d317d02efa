// Transport and traffic: roads, vehicles, traffic safety and travel.
// Written for this project; see ../../README.md.
export default `
đèn tín hiệu, đèn giao thông, biển báo, vạch kẻ đường, gờ giảm tốc, dải phân cách, vỉa hè, lòng đường, lề đường, ngã ba, ngã tư, vòng xoay, cầu vượt, hầm chui, nút giao, điểm đen tai nạn, điểm đen
đi lại, qua lại, đi đường, đi xe, đi xe máy, đi ô tô, chở hàng, chở khách, chở người, xe chở, xe chở hàng, xe chở khách, xe container, xe đầu kéo, xe ben, xe cứu hỏa, xe chữa cháy
# Transport
vụ tai nạn, va chạm, ách tắc, phân luồng giao thông, điều tiết giao thông, thanh tra giao thông, người tham gia giao thông, xe mô tô, xe ô tô, xe đạp, xe chuyên dùng, tàu hỏa, nhà ga, bến xe khách, bến phà, đò ngang, cảng biển, cảng hàng không, đường thủy nội địa, đường trục, đường ngõ xóm, đường vành đai, đường ven biển, hầm, cầu tạm, mặt đường, hành lang an toàn, giải phân cách, chở quá tải, tải trọng, trạm cân, sát hạch, tước giấy phép, nâng cấp, mở rộng, cải tạo, duy tu, bảo dưỡng, thảm nhựa, trải nhựa
# Moved from the files named by kind on 5 Dec 2026, sorted by keyword
con tàu, con đò, con đèo, đại lộ, tấm biển, xe hơi, xe công nông, xe kéo, xe ba gác, xe bồn, xe đưa đón, xe chuyên dụng, đường sá
giao thông nông thôn, chủ xe, chủ tàu, con thuyền, dừng xe, đóng tàu, xe điện, ô tô điện, xe máy điện, bến bãi, ổ gà, ổ gà ổ voi, đón tàu
cảng đón tàu, thuyền rồng, tốc độ
# one-syllable words (no pair; an ordinary word)
chở, bến, xe, tàu, thuyền, đò
`;
