// Common one-syllable words. They add no pairs, but tell the engine that a
// syllable is an ordinary word (not a rare one that is probably a slip).
export default `
ha, kg, tạ, yến, mét, km, sào, mẫu, thước, gang, chục, đôi, cặp, bộ, chiếc, cái, con, quả, trái, bó, bao, thùng, can, chai, hộp, gói, suất, phần, lượt, đợt, vụ, ca, tốp, nhóm, đoàn, đội, tổ
đo, đếm, cân, đong, chở, chạy, đi, đứng, ngồi, nằm, ăn, uống, ngủ, thức, nói, hỏi, đáp, kể, viết, đọc, xem, nghe, nhìn, ngắm, gọi, mời, đón, tiễn, đưa, rước, mang, vác, khiêng, kéo, đẩy, xô, ném, bắn, đánh, đấm, chém, chặt, cắt, bổ, đào, đắp, xây, trát, lợp, sơn, quét, lau, rửa, giặt, phơi, sấy, nấu, luộc, rán, xào, nướng, hấp
hư, hỏng, vỡ, gãy, đổ, sập, sụt, lún, nứt, thủng, rách, mục, mòn, cũ, mới, tốt, xấu, đẹp, hay, dở, to, nhỏ, lớn, bé, dài, ngắn, cao, thấp, rộng, hẹp, sâu, nông, dày, mỏng, nặng, nhẹ, nhanh, chậm, sớm, muộn, trễ, xa, gần, nóng, lạnh, ấm, mát, khô, ướt, sạch, bẩn, đục, trong
vỏ, ruột, lõi, rễ, thân, cành, lá, hoa, hạt, củ, mầm, chồi, ngọn, gốc, mủ, nhựa, vỏ cây, bông
mái, tường, vách, cột, kèo, xà, nền, sàn, cửa, cổng, rào, sân, vườn, ao, giếng, chuồng, kho, lán, trại, lều, chòi
tốc, lật, cuốn, trôi, ngập, chìm, cháy, nổ, rơi, lăn, trượt, va, đâm, húc, cán, kẹt, tắc, tràn, dâng, rút, cạn
bão, lũ, lụt, mưa, nắng, gió, sấm, sét, chớp, sương, mây, tuyết, băng, lốc, dông, rét, hạn
chó, mèo, ngựa, ếch, rắn, chuột, ruồi, kiến, rầy, bướm
đậu, tiêu, rau, cải, hành, tỏi, ớt, gừng, nghệ, sả
tiền, vàng, bạc, đồng, xu, giá, lãi, lỗ, nợ, lương, thưởng, phạt
trẻ, già, cụ, cha, mẹ, bố, má, chắt, chú, bác, cô, dì, cậu, mợ, thím, dượng
đầu, tóc, mặt, mắt, mũi, miệng, răng, tai, cổ, vai, tay, chân, lưng, bụng, ngực, tim, gan, phổi, máu, xương, da, thịt
đồi, nương, rẫy, bãi, thác, dốc, hang
ngõ, hẻm, phố, bến, ga, trạm, chốt, đồn, trường, lớp, viện, sở, phòng, ban, ngành
xe, tàu, thuyền, ghe, đò, xuồng, máy, bay
nhận, trao, tặng, biếu, cho, vay, mượn, trả, mua, bán, thuê, nộp, gửi, chuyển, đổi
vẫn, đã, sẽ, đang, vừa, sắp, từng, hãy, đừng, chớ, nên, phải, cần, muốn, định, toan
sai, đúng, thật, giả, thiếu, thừa, đủ, đầy, hết, còn, mất, được
tin, báo, thư, đơn, sổ, thẻ, vé, giấy, bút, vở, ghế, bàn, tủ, giường, đèn, quạt, loa, mic
bánh, cỗ, mâm, xôi, cháo, miến, mì, nem, giò, chả, canh, mắm, dầu, mỡ, rượu, bia, kẹo, mứt, quà
rệp, bọ, gián, ve, dế, giun, đỉa, rươi, hến, trai, mực, ghẹ, lươn, chạch, cá rô
nồi, xoong, chảo, bát, chén, đĩa, đũa, thìa, muỗng, dao, rổ, rá, thúng, mẹt, nia, chổi, chậu, vại, chum, lu, bình, tách, ly, cốc
áo, quần, váy, khăn, mũ, nón, giày, dép, tất, vớ, túi, ví, ô, dù, chăn, màn, gối, đệm, chiếu
cày, bừa, cuốc, xẻng, liềm, hái, rựa, búa, đinh, cưa, thang, dây, thừng, lưới, chài, vó, cần câu
kẻ, kẻ gian, kẻ xấu, chuông, tiếng chuông, rung chuông, rung chuông vàng, sáp, nến, pin, ắc quy, than, củi, rơm, rạ, trấu, cám, bã
tráng, bọc, hun, khói, ủ, bánh tráng, rệp sáp, mâm ngũ quả
sóc
đuôi, cánh, vảy, lông, sừng, móng, vuốt, mỏ, vây
giỏ, sọt, bao tải, két, hũ, lọ
chăm, lo, giữ, gác, trông, coi, nuôi, dạy, học, thi, làm, chơi, nghỉ, tập, luyện
`;
