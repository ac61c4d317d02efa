// Words that reporters often misspell (each correct form, with its usual
// neighbours), so the confusion model has the right target; plus farming and
// daily-life collocations that come up in district news.
export default `
chẩn trị, sát thực, rải nhựa, rải thảm, rải đá, dứt khoát, chấm dứt, sáp nhập thôn
giành giải nhất, giành huy chương
chỉn chu, suất học bổng, vô hình trung, xán lạn, bàng hoàng, giày dép, sứt mẻ
sinh sôi, xinh xắn, xao xuyến, lẵng hoa, ngẫm nghĩ, sữa bò, sữa chua, giản đơn, dông dài, giông bão, dông sét
trồng rau, trồng ngô, trồng sắn, trồng cà phê, trồng tiêu, trồng mới, trồng dặm, trồng hoa, trồng cỏ, trồng sầu riêng, trồng bơ, trồng mía, trồng dâu, trồng nấm, chồng con
nuôi bò, nuôi lợn, nuôi heo, nuôi gà, nuôi vịt, nuôi cá, nuôi dê, nuôi trâu, nuôi dế, nuôi giun, nuôi nhốt, nuôi thả, thả rông
gieo mạ, gieo hạt, làm cỏ, bón phân, tưới cây, tỉa cành, hái quả, hái chè, thu hái, phơi khô, sấy khô, xay xát, xát gạo, tách vỏ, vỏ cà phê, bóc vỏ, vỏ trấu
tốc mái, sập nhà, đổ nhà, hư hại, gãy đổ, ngã đổ, bật gốc, cuốn trôi, lũ cuốn, ngập sâu, ngập nhà, sụt lún, nứt nẻ, tốc độ, hỏa tốc, tốc hành
mưa bão lũ, phòng chống bão lũ, mùa mưa bão, cơn mưa, cơn lốc, cơn dông, cơn lũ, cơn sốt, cơn đau, cơn gió, trận mưa, trận lũ, trận bão, đợt mưa, đợt rét, đợt nắng, mưa phùn, mưa to
phòng thi, bài thi, môn thi, coi thi, chấm thi, làm bài thi
các hộ dân, các hộ gia đình, hộ chăn nuôi, hộ trồng, hộ đồng bào, hộ chính sách, hộ có công
các gia đình, các em học sinh, các thầy cô, các cháu thiếu nhi, các cụ cao tuổi, các hội viên, các đoàn viên, các đảng viên, các chi bộ, các tổ chức đảng, các thôn buôn, các thôn bản, các tổ dân phố, các trường học, các cơ sở, các ngành chức năng, các lực lượng chức năng
tưởng nhớ, anh hùng liệt sĩ, thắp nến, nén hương, bia tưởng niệm
tạo sân chơi, sân chơi bổ ích, lý thú, tưng bừng
chặt phá, chặt cây, chặt hạ, chặt chẽ hơn, phối hợp chặt chẽ, lỏng lẻo, buông lỏng
`;
