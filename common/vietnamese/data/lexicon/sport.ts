// Sport and recreation: competitions, results, clubs and physical exercise.
// Written for this project; see ../../README.md.
export default `
giành chức vô địch, chức vô địch, ngôi vô địch, đoạt chức vô địch, giành ngôi vô địch, giành huy chương vàng, giành quyền, giành lại, giành thắng lợi, tranh chức vô địch, ngôi á quân, ngôi đầu, bảng xếp hạng, xếp hạng, lượt trận, trận đấu, trận chung kết, bàn thắng, ghi bàn, cầu thủ, thủ môn, tiền đạo, hậu vệ
tập thể dục, đi bộ thể dục, đạp xe, rèn luyện sức khỏe, nâng cao sức khỏe, câu lạc bộ dưỡng sinh, dưỡng sinh, yoga, khiêu vũ, dân vũ, thể dục nhịp điệu
# Sports
tập luyện, tập luyện thể thao, phong trào thể thao, thể thao quần chúng, thể thao thành tích cao, bóng rổ, quần vợt, cờ vua, vovinam, karate, taekwondo, chạy việt dã, marathon, đánh đu, huy chương, xếp thứ nhất, giải phong cách, kỷ lục, phá kỷ lục, kỷ lục quốc gia, vòng bảng, lượt đi, lượt về, khai mạc, bế mạc, lễ khai mạc, lễ bế mạc, sân vận động, sân bóng đá, sân cỏ, sân cỏ nhân tạo, bể bơi, hồ bơi, ngày chạy olympic, olympic, nội dung thi đấu, cự ly, hạng cân, nhảy xa, nhảy cao, chạy cự ly ngắn, tỷ số, hiệp một, hiệp hai, phạt đền, thẻ vàng, thẻ đỏ, tiền vệ
# Sports and recreation
hội thao, hội thi thể thao, ngày hội thể thao, khán giả, cổ động viên, người hâm mộ, khán đài, cổ vũ, điểm số, hòa, thắng, thua, trận bán kết, trận mở màn, loạt sút luân lưu, sút luân lưu, cú sút, đường chuyền, phạt góc, việt vị, thẻ phạt, đội hình, vận động viên trẻ, năng khiếu, lớp năng khiếu, võ sĩ, đô vật, vật dân tộc, nhảy bao bố, đi cà kà, bịt mắt bắt dê, đánh cờ người, đua xe đạp, xe đạp thể thao, đi bộ, đi bộ đồng hành, thể hình, bơi thuyền, chèo thuyền, đua thuyền rồng, lặn, bóng ném, bóng chuyền hơi, bóng chuyền bãi biển, bóng đá mini, bóng đá nữ, futsal, pickleball, giải vô địch, giải trẻ, giải vô địch quốc gia, giải vô địch thế giới, giải vô địch châu á, đại hội thể thao, tuyển quốc gia, đội tuyển quốc gia, đội tuyển trẻ
# Moved from the files named by kind on 5 Dec 2026, sorted by keyword
trường đua, cuộc đua, đua ghe ngo, giành giải nhất, giành huy chương
`;
