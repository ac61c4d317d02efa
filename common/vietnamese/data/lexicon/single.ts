// Common one-syllable words. They add no pairs, but tell the engine that a
// syllable is an ordinary word (not a rare one that is probably a slip).
export default `
ha, kg, tấn, tạ, yến, lít, mét, km, cây số, sào, mẫu, thước, gang, chục, đôi, cặp, bộ, chiếc, cái, con, quả, trái, bó, bao, thùng, can, chai, hộp, gói, suất, phần, lượt, đợt, vụ, ca, tốp, nhóm, đoàn, đội, tổ
đo, đếm, cân, đong, chở, chạy, đi, đứng, ngồi, nằm, ăn, uống, ngủ, thức, nói, hỏi, đáp, kể, viết, đọc, xem, nghe, nhìn, ngắm, gọi, mời, đón, tiễn, đưa, rước, mang, vác, khiêng, kéo, đẩy, xô, ném, bắn, đánh, đấm, đá, chém, chặt, cắt, bổ, đào, đắp, xây, trát, lợp, sơn, quét, lau, rửa, giặt, phơi, sấy, nấu, luộc, rán, xào, nướng, hấp
hư, hỏng, vỡ, gãy, đổ, sập, sụt, lún, nứt, thủng, rách, mục, mòn, cũ, mới, tốt, xấu, đẹp, hay, dở, to, nhỏ, lớn, bé, dài, ngắn, cao, thấp, rộng, hẹp, sâu, nông, dày, mỏng, nặng, nhẹ, nhanh, chậm, sớm, muộn, trễ, xa, gần, nóng, lạnh, ấm, mát, khô, ướt, sạch, bẩn, đục, trong
vỏ, ruột, lõi, rễ, thân, cành, lá, hoa, hạt, củ, mầm, chồi, ngọn, gốc, mủ, nhựa, vỏ cây, bông, trái, quả
mái, tường, vách, cột, kèo, xà, nền, sàn, cửa, cổng, rào, sân, vườn, ao, giếng, bếp, chuồng, kho, lán, trại, lều, chòi
tốc, lật, cuốn, trôi, ngập, chìm, cháy, nổ, rơi, lăn, trượt, va, đâm, húc, cán, kẹt, tắc, tràn, dâng, rút, cạn, khô hạn
bão, lũ, lụt, mưa, nắng, gió, sấm, sét, chớp, sương, mây, tuyết, băng, lốc, dông, rét, hạn
trâu, bò, lợn, heo, gà, vịt, ngan, ngỗng, chó, mèo, dê, cừu, ngựa, cá, tôm, cua, ốc, ếch, rắn, chuột, muỗi, ruồi, ong, kiến, sâu, rầy, bướm
lúa, ngô, khoai, sắn, đậu, lạc, vừng, mía, chè, điều, tiêu, bơ, mít, chuối, cam, bưởi, xoài, nhãn, vải, dứa, dừa, rau, cải, hành, tỏi, ớt, gừng, nghệ, sả
tiền, vàng, bạc, đồng, xu, giá, lãi, lỗ, nợ, thuế, phí, lương, thưởng, phạt
bé, trẻ, già, cụ, ông, bà, cha, mẹ, bố, má, anh, chị, em, con, cháu, chắt, chú, bác, cô, dì, cậu, mợ, thím, dượng
đầu, tóc, mặt, mắt, mũi, miệng, răng, tai, cổ, vai, tay, chân, lưng, bụng, ngực, tim, gan, phổi, máu, xương, da, thịt
sông, suối, hồ, ao, biển, núi, đồi, rừng, đồng, ruộng, nương, rẫy, bãi, đầm, thác, đèo, dốc, hang, đảo
đường, ngõ, hẻm, phố, chợ, cầu, cống, bến, cảng, ga, trạm, chốt, đồn, trường, lớp, viện, sở, phòng, ban, ngành
xe, tàu, thuyền, ghe, đò, xuồng, máy, bay, ô tô, xe máy, xe đạp
nhận, trao, tặng, biếu, cho, vay, mượn, trả, mua, bán, thuê, nộp, gửi, rút, chuyển, đổi
vẫn, đã, sẽ, đang, vừa, mới, sắp, từng, hãy, đừng, chớ, nên, phải, cần, muốn, định, toan
sai, đúng, thật, giả, thiếu, thừa, đủ, đầy, hết, còn, mất, được, thua, thắng, hòa
tin, báo, thư, đơn, sổ, thẻ, vé, giấy, bút, sách, vở, bảng, ghế, bàn, tủ, giường, đèn, quạt, loa, mic
bánh, cỗ, mâm, xôi, chè, cháo, phở, bún, miến, mì, nem, giò, chả, canh, kho, mắm, muối, dầu, mỡ, nước mắm, rượu, bia, trà, sữa, kẹo, mứt, quà
rệp, sâu, bọ, gián, ve, dế, giun, đỉa, ốc, rươi, hến, trai, sò, mực, cua, ghẹ, lươn, chạch, cá rô, cá chép
nồi, xoong, chảo, bát, chén, đĩa, đũa, thìa, muỗng, dao, kéo, rổ, rá, thúng, mẹt, nia, chổi, xô, chậu, vại, chum, lu, bình, ấm, tách, ly, cốc
áo, quần, váy, khăn, mũ, nón, giày, dép, tất, vớ, túi, ví, cặp, ô, dù, chăn, màn, gối, đệm, chiếu
cày, bừa, cuốc, xẻng, liềm, hái, rựa, búa, đinh, cưa, đục, thang, dây, thừng, lưới, chài, vó, cần câu
kẻ, kẻ gian, kẻ xấu, chuông, tiếng chuông, rung chuông, rung chuông vàng, sáp, nến, pin, ắc quy, ga, than, củi, rơm, rạ, trấu, cám, bã
tráng, gói, bọc, hun, khói, ủ, lên men, bánh tráng, bánh chưng, bánh tét, bánh mì, mâm cỗ, rệp sáp, mâm ngũ quả
sóc, rẫy, nương, lán, chòi, miếu, am
đuôi, cánh, vảy, lông, sừng, móng, vuốt, mỏ, vây
giỏ, sọt, bao tải, két, hũ, lọ
chăm, lo, giữ, canh, gác, trông, coi, nuôi, dạy, học, thi, làm, chơi, nghỉ, tập, luyện
`;
