// Daily life, family, housing, food, weather, technology, time and place, and the
// verbs and adjectives of reports. Written for this project; see ../../README.md.
export default `
# Daily life, family, housing, food, weather, technology, time and place
bánh khọt, bánh xèo, bánh căn, bánh bèo, bánh bột lọc, bánh ít, bánh tét lá cẩm, cây bồn bồn, bồn bồn, mắm bồn bồn, rau đắng, cá linh, bông điên điển
vợ chồng, cha mẹ, bố mẹ, con cái, con cháu, ông bà, anh chị em, anh em, chị em, họ hàng, bà con, láng giềng, hàng xóm, bạn bè, sinh nhật, cưới hỏi, nuôi dạy, nuôi dưỡng, chăm nom, dạy dỗ, hiếu thảo, kính trọng, lễ phép, thương yêu, yêu thương, đùm bọc, nhường cơm sẻ áo
nhà ở, nhà cửa, căn nhà, ngôi nhà, mái nhà, tường rào, cổng ngõ, sân vườn, vườn nhà, bếp, nhà bếp, công trình vệ sinh, giếng nước, bể nước, điện nước, điện sinh hoạt, đồ dùng, đồ đạc, vật dụng, thiết bị gia dụng, tủ lạnh, ti vi, máy giặt, điều hòa, quạt điện, bếp ga, nồi cơm điện, xe cộ
bữa cơm, cơm nước, món ăn, thóc, ngô khoai, rau xanh, thịt lợn, thịt bò, thịt gà, cá tôm, trứng gà, đường, muối, nước mắm, bánh chưng, bánh tét, bánh mì, bún, phở, nước uống, rượu bia, đồ uống, thức ăn, thức ăn chăn nuôi, chợ búa, đi chợ, giá rẻ, đắt đỏ
thời tiết, nắng nóng, nắng gắt, mưa rào, mưa dông, giông lốc, gió mùa, gió mùa đông bắc, không khí lạnh, rét đậm, rét hại, băng giá, áp thấp nhiệt đới, bão số, cơn bão, mùa mưa, mùa khô, mùa lũ, nước lũ, nước sông, mực nước, triều cường, lụt lội, ngập nước, nhiệt độ, độ ẩm, dự báo thời tiết, khí tượng, khí tượng thủy văn
điện thoại, máy tính, máy tính bảng, internet, trang web, ứng dụng, dữ liệu, wifi, mật khẩu, mã xác thực, tin nhắn, cuộc gọi, gọi điện, nhắn tin, trí tuệ nhân tạo, an toàn thông tin, bảo mật, lộ lọt
buổi sáng, buổi trưa, buổi chiều, buổi tối, ban đêm, nửa đêm, rạng sáng, sáng sớm, chiều tối, đêm khuya, hôm trước, hôm sau, ngày hôm nay, ngày hôm qua, tuần trước, tuần sau, tháng trước, tháng sau, năm ngoái, năm tới, đầu tuần, cuối tuần, giữa tháng, cuối tháng, đầu năm, cuối năm, dịp tết, dịp lễ, ngày lễ, ngày nghỉ, nghỉ lễ, nghỉ tết, nghỉ hè, kỳ nghỉ, thời khắc, khoảnh khắc, lâu nay, xưa nay, trước đây, sau đây, hiện giờ, bây giờ, lúc này, khi đó, lúc đó, từ nay, mãi mãi
thôn xóm, làng xóm, quê nhà, đồng bằng, trung du, miền núi, vùng cao, vùng núi, ven biển, ven sông, bờ sông, bờ biển, cửa sông, cửa biển, sông suối, núi đồi, đồi núi, rừng núi, ruộng đồng, ngoại thành, nội thành, trung tâm, đường phố, phố phường, quảng trường, công viên
khỏe mạnh, ốm đau, đau ốm, mệt mỏi, già yếu, tàn tật, tai nạn, bị thương, thương tích, thiệt mạng, mất tích, tìm kiếm, cứu sống, chết đuối, đuối nước trẻ em, ngã xuống, điện giật, sét đánh
làm ăn, buôn bán, kiếm sống, mưu sinh, sinh kế, tiền bạc, tiền tỷ, tiền triệu, vay mượn, nợ nần, trả nợ, chi tiêu, chi tiêu hợp lý, giàu có, nghèo khó, khó khăn, túng thiếu, thiếu thốn, đủ đầy, no ấm, ấm no, sung túc, khá giả, cuộc sống, đời sống, mức sống, đời sống vật chất, đời sống tinh thần, vật chất, tinh thần, niềm vui, nỗi buồn, mong ước, ước mơ, hy vọng, quyết tâm, nghị lực, ý chí, tấm gương, gương sáng, điển hình tiên tiến, người tốt việc tốt
di chuyển, đi làm, về quê, ra đi, trở về, quay về, đến nơi, khởi hành, lên đường, hành trình, chuyến xe, chuyến bay, chuyến tàu, vé xe, vé tàu, hành khách, quán ăn, vui chơi, giải trí, nghỉ dưỡng, khu vui chơi
màu sắc, hình dáng, kích thước, trọng lượng, chiều dài, chiều rộng, chiều cao, độ sâu, khối lượng, số lượng, chất lượng, giá trị, mức giá, giá bán, giá mua, tấn, ki lô mét, mét vuông, mét khối, lít, ki lô gam
# Verbs and adjectives common in reports
ghi nhận, ghi nhớ, ghi chép, lưu giữ, gìn giữ, giữ gìn, bảo quản, cất giữ, thu thập, thu nhận, tiếp thu, lĩnh hội, nắm bắt, cập nhật, bổ sung, điều chỉnh, sửa đổi, hoàn thiện, cải thiện, nâng cao, tăng cường, đẩy mạnh, thúc đẩy, khuyến khích, khích lệ, giúp đỡ, tạo điều kiện, tạo thuận lợi, gây khó khăn, gây ảnh hưởng, gây thiệt hại, gây bức xúc, gây nguy hiểm, gây ra, dẫn tới, làm rõ, chỉ rõ, nêu rõ, nói rõ, cho biết, cho rằng, cho thấy, khẳng định, nhấn mạnh, lưu ý, đề nghị, yêu cầu, đòi hỏi, mong muốn, bày tỏ, chia sẻ, trao đổi, thảo luận, bàn bạc, thống nhất, nhất trí, đồng ý, phản đối, từ chối, chấp nhận, giải trình, trả lời, giải đáp, phản hồi, thông báo, công bố, phát hành, sửa đổi bổ sung, bãi bỏ, thay thế, hủy bỏ, tạm dừng, tạm ngừng, ngừng hoạt động, đóng cửa, mở cửa, hoạt động trở lại, khôi phục, phục hồi, tái thiết, tái sản xuất, ổn định cuộc sống, ổn định sản xuất
nhanh chóng, kịp thời, chậm trễ, trì trệ, kéo dài, dai dẳng, phức tạp, nghiêm trọng, đáng lo ngại, báo động, cấp bách, khẩn cấp, quan trọng, cần thiết, thiết thực, hiệu quả, bền vững, ổn định, an toàn, thuận lợi, gian khổ, vất vả, cực nhọc, nặng nhọc, độc hại, nguy hiểm, sạch sẽ, gọn gàng, ngăn nắp, khang trang, sạch đẹp, xanh sạch, hiện đại, tiện nghi, đầy đủ, đông đúc, thưa thớt, vắng vẻ, nhộn nhịp, tấp nập, sầm uất, rộn ràng, náo nức, phấn khởi, hân hoan, xúc động, bùi ngùi, trang trọng, ấm cúng, thân mật, cởi mở, thẳng thắn, chân thành, tận tụy, tận tâm, tâm huyết, trách nhiệm, gương mẫu, mẫu mực, liêm chính, trong sạch, công tâm, khách quan, dân chủ, kiên quyết, quyết liệt, sâu sát, sát sao, cụ thể, rõ ràng, chính xác
bếp ăn, bếp ăn tập thể, suất ăn, nấu ăn, cơm trưa, bữa trưa, bữa sáng, bữa tối, ăn trưa, ăn sáng, ăn tối, ngủ trưa, giờ ăn, giờ học, giờ làm việc, ngoài giờ, ngoài giờ hành chính, ngày lễ tết
# Moved from the files named by kind on 5 Dec 2026, sorted by keyword
bầu bạn, đại gia đình, hội quán, khu nhà, mặt tiền, người mẹ, người cha, người vợ, người chồng, người bạn, sân chơi, sân nhà, tấm lòng, tấm thiệp
thư cảm ơn, thư từ, lá thư, bức thư, việc nhà, tuổi thơ, tuổi già, tuổi đời, tuổi tác, độ tuổi, cao tuổi, lớn tuổi, nhỏ tuổi, đủ tuổi, trong độ tuổi
tròn tuổi, màu xanh, màu đỏ, màu vàng, màu trắng, màu đen, sắc màu, mâm cỗ, nước mắt, nụ cười, giọng nói, tiếng cười, bàn tay, đôi tay, đôi chân
khuôn mặt, mái tóc, tâm hồn, nỗi lo, nỗi đau, niềm hạnh phúc, niềm xúc động, niềm tự hào, niềm mong mỏi, nỗi nhớ, nỗi niềm, lòng yêu nước
lòng biết ơn, hết lòng, thật lòng, vui lòng, hài lòng, an lòng, yên lòng, bằng lòng, tại nhà, phục vụ sinh hoạt, phục vụ đời sống, đông đảo bà con
của gia đình, của bà con, cho bà con, là niềm tự hào, nóc nhà, nhiều gia đình, để bà con, quê quán, ở nhà, con em, cụ ông, cụ bà, sinh sống, sinh hoạt
tình cảm, vui mừng, tự hào, về nhà, nghỉ mát, ăn ở, ăn mặc, ăn năn, ăn chơi, ăn cơm, nấu cơm, đồ ăn, bàn chân, bàn thờ, cảm động, cảm xúc, chia buồn
chủ nhà, con trai, con gái, các cụ, cuộc đời, đàn ông, đàn bà, hàng rào, hạnh phúc gia đình, lễ tang, lễ cưới, kỳ nghỉ lễ, lương tâm, lương thiện
nạn đói, quần áo, thiếu đói, thân thiết, tình yêu, tình bạn, thân tình, tỉnh táo, xã giao, yêu quý, yêu mến, yêu thích, đáng yêu, các cháu, ấm áp
ấp ủ, biết ơn, buồn bã, bưu điện, che chở, chở che, chúc thư, dấu chân, đầm ấm, đầu bếp, gương mặt, hoài bão, khát vọng, mặn mà, ngọt ngào, nhớ thương
nương tựa, quán xuyến, săn sóc, sợ hãi, sum họp, thân thiện, thân quen, thân yêu, thơ mộng, trẻ trung, vui vẻ, vui tươi, bạc màu, cõi lòng, đau đớn
đau xót, giận dữ, nồng ấm, sóng gió, tỉnh ngộ, chăm sóc, dọn dẹp, mừng vui, bãi tắm, tắm biển, tắm rửa, nhà tắm, tắm sông, giày dép, sữa bò, sữa chua
chồng con, các gia đình, các cháu thiếu nhi, các cụ cao tuổi, tưởng nhớ, tạo sân chơi, sân chơi bổ ích, bánh tráng, mâm ngũ quả
# one-syllable words (no pair; an ordinary word)
ông, bà, anh, chị, em, cháu, đo, đếm, cân, đong, chạy, đi, đứng, ngồi, nằm, ăn, uống, ngủ, thức, nói, hỏi, đáp, viết, đọc, xem, nghe, nhìn, ngắm, gọi
mời, đón, tiễn, đưa, mang, vác, kéo, đẩy, ném, đánh, chặt, cắt, đào, đắp, xây, sơn, quét, lau, rửa, giặt, nấu, luộc, rán, xào, nướng, hấp, hỏng, vỡ
gãy, rách, cũ, tốt, xấu, đẹp, to, nhỏ, lớn, bé, dài, ngắn, cao, thấp, rộng, hẹp, sâu, nông, dày, mỏng, nặng, nhẹ, nhanh, chậm, sớm, muộn, xa, nóng
lạnh, ấm, mát, khô, ướt, sạch, bẩn, đục, thân, hoa, mái, tường, vách, cột, nền, sàn, cửa, cổng, rào, sân, giếng, chuồng, lán, trại, lều, chòi, chó
mèo, vàng, già, cụ, cha, mẹ, chú, bác, cô, dì, cậu, đầu, tóc, mặt, tay, chân, lưng, thịt, ngõ, hẻm, phố, thư, ghế, bàn, tủ, giường, bánh, cỗ, mâm
rượu, bia, trai, áo, mũ, nón, giày, dép, chơi
`;
