// Culture, sport, information, religion, festivals, local events.
export default `
văn hóa, văn hóa thông tin, văn hóa thể thao, văn hóa thể thao và du lịch, văn hóa văn nghệ, văn nghệ, văn nghệ quần chúng, văn hóa truyền thống, bản sắc văn hóa, bản sắc văn hóa dân tộc, giữ gìn bản sắc, bảo tồn văn hóa
gia đình văn hóa, làng văn hóa, thôn văn hóa, khu dân cư văn hóa, tổ dân phố văn hóa, cơ quan văn hóa, danh hiệu gia đình văn hóa, thiết chế văn hóa, nhà văn hóa thôn, nhà văn hóa xã, trung tâm văn hóa, trung tâm văn hóa thể thao
di tích, di tích lịch sử, di tích lịch sử văn hóa, di tích quốc gia, di tích cấp tỉnh, di tích quốc gia đặc biệt, di sản, di sản văn hóa, di sản văn hóa phi vật thể, di sản văn hóa vật thể, di sản thế giới, bảo vật quốc gia, tu bổ, tôn tạo, tu bổ tôn tạo, trùng tu
lễ hội, lễ hội truyền thống, lễ hội văn hóa, lễ hội đình làng, đình làng, đình, chùa, đền, miếu, am, phủ, nhà thờ, thánh thất, đình chùa, đền chùa, lăng mộ, nhà thờ họ, từ đường, khu di tích
phong tục, tập quán, phong tục tập quán, hủ tục, tín ngưỡng, tự do tín ngưỡng, tự do tín ngưỡng tôn giáo, phật giáo, công giáo, tin lành, cao đài, hòa hảo, giáo hội, giáo xứ, giáo họ, phật tử, giáo dân, linh mục, hòa thượng, thượng tọa, đại đức, ni sư, trụ trì
lễ phật đản, đại lễ phật đản, lễ vu lan, vu lan, lễ giáng sinh, giáng sinh, lễ phục sinh, tết nguyên đán, tết cổ truyền, tết âm lịch, tết dương lịch, tết trung thu, trung thu, tết thiếu nhi, rằm tháng giêng, rằm tháng bảy, mùa xuân, đón xuân, vui xuân, mừng xuân, chúc tết, đón tết, ăn tết, giao thừa
nghệ thuật, nghệ thuật truyền thống, biểu diễn, biểu diễn nghệ thuật, chương trình nghệ thuật, văn nghệ sĩ, nghệ sĩ, nghệ nhân, nghệ nhân ưu tú, nghệ nhân nhân dân, câu lạc bộ, đội văn nghệ, hội diễn, liên hoan, liên hoan văn nghệ, hội thi, hội diễn văn nghệ quần chúng
dân ca, quan họ, ca trù, chèo, tuồng, cải lương, hát bội, hát xoan, đờn ca tài tử, bài chòi, hò, hò khoan, hát then, đàn tính, cồng chiêng, không gian văn hóa cồng chiêng, múa, múa rối nước, múa lân, trống hội, võ cổ truyền, võ thuật
thể dục thể thao, thể thao, phong trào thể dục thể thao, toàn dân rèn luyện thân thể, rèn luyện thân thể, đại hội thể dục thể thao, hội khỏe phù đổng, giải bóng đá, bóng đá, bóng chuyền, cầu lông, bóng bàn, cờ tướng, kéo co, đẩy gậy, vật, đua thuyền, đua ghe, bơi lội, điền kinh, việt dã, chạy bộ
giải đấu, vận động viên, huấn luyện viên, trọng tài, đội bóng, sân bóng, sân thể thao, nhà thi đấu, thi đấu, tranh tài, vòng loại, vòng chung kết, chung kết, bán kết, tứ kết, vô địch, á quân, hạng ba, đồng hạng ba, giải nhất toàn đoàn, toàn đoàn
thông tin, truyền thông, báo chí, phóng viên, biên tập viên, nhà báo, cơ quan báo chí, báo điện tử, trang thông tin, đài truyền thanh, truyền thanh, truyền thanh cơ sở, loa truyền thanh, đài phát thanh, phát thanh, truyền hình, phát thanh truyền hình, trung tâm văn hóa thông tin và thể thao, bản tin, tin bài, bài viết, chuyên mục, tác phẩm báo chí
sách, đọc sách, văn hóa đọc, ngày sách, tủ sách, triển lãm, trưng bày, trưng bày hiện vật, hiện vật, hình ảnh tư liệu, tư liệu, bảo tàng, nhà truyền thống, phòng truyền thống
văn minh, nếp sống văn minh, việc cưới, việc tang, việc cưới việc tang, lễ hội văn minh, nếp sống, ứng xử, văn hóa ứng xử, quy tắc ứng xử nơi công cộng, hương ước, quy ước, hương ước quy ước, tang lễ, hôn lễ, đám cưới, đám tang, đám giỗ, giỗ tổ, ngày giỗ
quảng bá, quảng bá hình ảnh, quảng bá du lịch, xúc tiến du lịch, hình ảnh quê hương, quê hương đất nước, danh lam thắng cảnh, thắng cảnh, cảnh quan, cảnh đẹp, thiên nhiên, hang động, thác nước, bãi biển, biển, núi, sông, suối, đèo, hồ, đảo, vịnh
cộng đồng, cộng đồng dân cư, ngày hội, ngày hội văn hóa, ngày hội văn hóa các dân tộc, các dân tộc, đồng bào các dân tộc, người kinh, người mường, người tày, người thái, người nùng, người mông, người dao, người khmer, người hoa, người chăm, người ê đê, người gia rai, người ba na, người xơ đăng, người cơ tu
trang phục, trang phục truyền thống, áo dài, nhà sàn, nhà rông, nhà dài, dệt thổ cẩm, thổ cẩm, đan lát, rèn, gốm, làng gốm, làng rèn, làng mộc, mộc, đúc đồng, sơn mài, tranh dân gian, đồ gốm, gốm sứ
tham quan, du khách tham quan, tham quan học tập, tham quan trải nghiệm, chuyến tham quan, đi tham quan, đoàn tham quan, điểm tham quan
sân khấu, sân khấu hóa, tiết mục văn nghệ, hát múa, ca múa, ca múa nhạc, đêm nhạc, nhạc cụ, đàn đá, đàn t'rưng, khèn, sáo, trống, chiêng, múa xoang, hát ru, hát giao duyên, trò chơi dân gian, ném còn, đánh quay, nhảy sạp, bắn nỏ, đua ngựa, đua voi, đâm trâu
bảo tồn, bảo tồn và phát huy, phát huy giá trị, giá trị di sản, gìn giữ bản sắc, văn hóa phi vật thể, truyền dạy, trao truyền, kế thừa, lưu truyền, sưu tầm, phục dựng lễ hội, lễ cúng, lễ mừng lúa mới, lễ bỏ mả, lễ cầu mưa, lễ cúng bến nước, bến nước, rượu cần, nhà dài truyền thống
# Culture, society, tourism
văn hóa xã hội, thông tin và truyền thông, xếp hạng di tích, trùng tu tôn tạo, phục dựng, lễ hội dân gian, tín ngưỡng thờ mẫu, diễn viên, ca sĩ, nhạc sĩ, ví giặm, then, múa xòe, nhà văn hóa, xây dựng đời sống văn hóa, sách báo, điện ảnh, chiếu phim, cổng thông tin điện tử, ngày báo chí cách mạng, tuyên truyền, thông tin cơ sở, pa nô, áp phích, băng rôn, khẩu hiệu, cờ hoa, gia đình, gia đình hạnh phúc, phụ nữ, thanh niên, thiếu nhi, rằm trung thu, ngày thống nhất, dâng hoa, tưởng niệm, tri ân
# Moved from the files named by kind on 5 Dec 2026, sorted by keyword
bài báo, bài hát, bài thơ, bản tin thời sự, câu chuyện, cây đàn, dân gian, hội trại, hội làng, hội xuân, nhà văn, nhà thơ, nhân vật, nhân văn
phong cách, phong cảnh, sân đình, tấm ảnh, trường quay, ngày tết, đêm văn nghệ, mùa du lịch, mùa lễ hội, tết đoàn viên, tết sum vầy, tết ấm, tiếng hát
trao đổi với phóng viên, trả lời phỏng vấn, thông tin thêm, phục vụ du khách, trong dịp tết, ngôi đình, xuân mới, tết đến xuân về, giải thưởng
biên tập, biên soạn, văn chương, cung cấp thông tin, danh lam, đàn hát, lễ nghi, nghi lễ, tết lễ, loại hình du lịch, sự kiện văn hóa, tác giả
tác phẩm, văn tự, văn miếu, phỏng vấn, ca hát, cung đình, điệu múa, người mẫu, văn hay
# one-syllable words (no pair; an ordinary word)
báo
`;
