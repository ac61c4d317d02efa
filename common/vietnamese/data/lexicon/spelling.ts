// Words that reporters often misspell (each correct form, with its usual
// neighbours), so the confusion model has the right target; plus farming and
// daily-life collocations that come up in district news.
export default `
chẩn đoán, chẩn trị, chẩn đoán hình ảnh, sâu sát, sát sao, sát cánh, sát thực, rải nhựa, rải thảm, rải đá, trải nhựa, trải nghiệm, dứt điểm, dứt khoát, chấm dứt, sáp nhập, sáp nhập xã, sáp nhập thôn
xử lý, xử lý dứt điểm, bổ sung, giành giải, giành giải nhất, giành huy chương, dành cho, dành riêng, tham quan, xuất sắc, giữ gìn, triển khai, trách nhiệm, chủ trì, trồng trọt, tiến độ, rõ rệt, rõ ràng, khai giảng, mạnh dạn, hỗ trợ
chỉn chu, sơ suất, xác suất, năng suất, công suất, lãi suất, suất ăn, suất quà, suất học bổng, vô hình trung, chín chắn, xán lạn, bàng hoàng, dè dặt, giày dép, dở dang, xuất xứ, sứt mẻ, trăn trở, chăn nuôi, chăm chỉ, chăm sóc, trân trọng
trình độ, trợ cấp, sinh sôi, xinh xắn, sôi nổi, xao xuyến, sáng suốt, lãng phí, lẵng hoa, ngẫm nghĩ, suy nghĩ, kỹ lưỡng, sửa chữa, sữa bò, sữa chua, giản dị, giản đơn, đơn giản, dông dài, giông bão, dông lốc, dông sét
trồng rau, trồng lúa, trồng ngô, trồng sắn, trồng cà phê, trồng tiêu, trồng cây, trồng rừng, trồng mới, trồng xen, trồng dặm, trồng hoa, trồng cỏ, trồng sầu riêng, trồng bơ, trồng mía, trồng dâu, trồng nấm, chồng chất, vợ chồng, chồng con
nuôi dạy, nuôi con, nuôi bò, nuôi lợn, nuôi heo, nuôi gà, nuôi vịt, nuôi cá, nuôi tôm, nuôi ong, nuôi dê, nuôi trâu, nuôi dế, nuôi giun, nuôi nhốt, nuôi thả, chăn thả, thả rông
gieo trồng, gieo mạ, gieo hạt, làm cỏ, bón phân, phun thuốc, tưới cây, tỉa cành, hái quả, hái chè, thu hái, phơi khô, sấy khô, xay xát, xát gạo, tách vỏ, vỏ cà phê, bóc vỏ, vỏ trấu
tốc mái, sập nhà, đổ nhà, hư hỏng, hư hại, gãy đổ, ngã đổ, bật gốc, cuốn trôi, lũ cuốn, ngập sâu, ngập nhà, sạt lở đất, sụt lún, nứt nẻ, tốc độ, tăng tốc, cấp tốc, hỏa tốc, tốc hành
bão lũ, mưa bão lũ, phòng chống bão lũ, mùa mưa bão, cơn bão, cơn mưa, cơn lốc, cơn dông, cơn lũ, cơn sốt, cơn đau, cơn gió, trận mưa, trận lũ, trận bão, đợt mưa, đợt rét, đợt nắng, mưa rào, mưa phùn, mưa đá, mưa dông, mưa to, nắng gắt, nắng hạn
điểm thi, phòng thi, dự thi, thí sinh, đề thi, bài thi, môn thi, kỳ thi, cuộc thi, hội thi, thi cử, thi đua, thi hành, thi công, thi tuyển, thi đấu, coi thi, chấm thi, làm bài thi, giám thị
hộ dân, các hộ dân, hộ nghèo, hộ cận nghèo, hộ gia đình, các hộ gia đình, hộ kinh doanh, hộ chăn nuôi, hộ trồng, hộ sản xuất, hộ đồng bào, hộ khó khăn, hộ chính sách, hộ thoát nghèo, hộ có công
các gia đình, các em học sinh, các thầy cô, các cháu thiếu nhi, các cụ cao tuổi, các hội viên, các đoàn viên, các đảng viên, các chi bộ, các tổ chức đảng, các thôn buôn, các thôn bản, các tổ dân phố, các trường học, các cơ sở, các ngành chức năng, các lực lượng chức năng
tưởng niệm, tưởng nhớ, liệt sĩ, anh hùng liệt sĩ, tri ân, dâng hoa, dâng hương, thắp nến, nén hương, bia tưởng niệm, đài tưởng niệm, nghĩa trang
cải cách hành chính, hành chính công, tạo sân chơi, sân chơi, sân chơi bổ ích, bổ ích, lý thú, hấp dẫn, thú vị, sôi động, náo nhiệt, rộn ràng, tưng bừng, trang trọng, ấm cúng
chặt chẽ, chặt phá, chặt cây, chặt hạ, chặt chẽ hơn, sự phối hợp, phối hợp chặt chẽ, lỏng lẻo, buông lỏng
`;
