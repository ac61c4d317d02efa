// Education and training.
export default `
giáo dục, đào tạo, giáo dục và đào tạo, giáo dục đào tạo, ngành giáo dục, sự nghiệp giáo dục, chất lượng giáo dục, đổi mới giáo dục, đổi mới căn bản toàn diện, chương trình giáo dục phổ thông, giáo dục phổ thông
giáo dục mầm non, mầm non, mẫu giáo, nhà trẻ, giáo dục tiểu học, tiểu học, trung học cơ sở, trung học phổ thông, phổ thông, phổ thông dân tộc nội trú, dân tộc nội trú, bán trú, phổ thông dân tộc bán trú, giáo dục thường xuyên, giáo dục nghề nghiệp
trường học, nhà trường, trường mầm non, trường tiểu học, trường trung học cơ sở, trường trung học phổ thông, trường liên cấp, trường chuyên, trường đại học, trường cao đẳng, trường trung cấp, trường nghề, điểm trường, điểm trường lẻ, phân hiệu
học sinh, học sinh giỏi, học sinh tiên tiến, học sinh nghèo, học sinh nghèo vượt khó, học sinh khuyết tật, học sinh dân tộc thiểu số, học viên, sinh viên, tân sinh viên, trẻ mầm non, cháu mẫu giáo, thủ khoa, á khoa
giáo viên, giáo viên chủ nhiệm, giáo viên dạy giỏi, giáo viên giỏi, giảng viên, nhà giáo, thầy giáo, cô giáo, thầy cô, thầy cô giáo, đội ngũ giáo viên, cán bộ quản lý giáo dục, hiệu trưởng, phó hiệu trưởng, tổ trưởng chuyên môn
năm học, năm học mới, khai giảng, lễ khai giảng, khai giảng năm học mới, bế giảng, lễ bế giảng, tổng kết năm học, học kỳ, học kỳ một, học kỳ hai, học kỳ i, học kỳ ii, kỳ thi, kỳ thi tốt nghiệp, thi tốt nghiệp, tốt nghiệp
kỳ thi tốt nghiệp trung học phổ thông, thi tốt nghiệp trung học phổ thông, tuyển sinh, tuyển sinh đầu cấp, tuyển sinh lớp mười, tuyển sinh vào lớp mười, xét tốt nghiệp, tỷ lệ tốt nghiệp, đỗ tốt nghiệp, trúng tuyển, thi đỗ, thi trượt, điểm thi, điểm chuẩn
phổ cập giáo dục, phổ cập giáo dục tiểu học, phổ cập giáo dục mầm non, xóa mù chữ, chống mù chữ, mù chữ, chống tái mù chữ, phổ cập, duy trì sĩ số, sĩ số, bỏ học, học sinh bỏ học, vận động học sinh ra lớp, ra lớp, huy động trẻ ra lớp
trường chuẩn quốc gia, trường đạt chuẩn quốc gia, đạt chuẩn quốc gia, kiểm định chất lượng, kiểm định chất lượng giáo dục, cơ sở vật chất, cơ sở vật chất trường học, phòng học, phòng học kiên cố, kiên cố hóa, kiên cố hóa trường lớp, trường lớp, phòng chức năng, phòng thí nghiệm, thư viện, thư viện trường học, nhà vệ sinh, nhà đa năng, bếp ăn bán trú
sách giáo khoa, sách vở, đồ dùng học tập, đồ dùng dạy học, thiết bị dạy học, bàn ghế, bảng, máy chiếu, bảng tương tác, học liệu, học liệu điện tử, giáo án, giáo án điện tử, bài giảng, bài giảng điện tử, học trực tuyến, dạy học trực tuyến, dạy và học
dạy học, giảng dạy, học tập, tự học, ôn tập, ôn thi, ôn luyện, bồi dưỡng học sinh giỏi, phụ đạo, phụ đạo học sinh yếu kém, dạy thêm, học thêm, dạy thêm học thêm, hoạt động trải nghiệm, trải nghiệm, giáo dục kỹ năng sống, kỹ năng sống, kỹ năng mềm
môn học, môn toán, môn ngữ văn, ngữ văn, toán học, tiếng việt, tiếng anh, ngoại ngữ, tin học, vật lý, hóa học, sinh học, lịch sử, địa lý, giáo dục công dân, khoa học tự nhiên, âm nhạc, mỹ thuật, thể dục, giáo dục thể chất
học bổng, khuyến học khuyến tài, khuyến tài, quỹ khuyến học, gia đình hiếu học, dòng họ khuyến học, dòng họ hiếu học, hiếu học, xã hội học tập, học tập suốt đời, trung tâm học tập cộng đồng, công dân học tập
học sinh giỏi cấp tỉnh, học sinh giỏi cấp huyện, học sinh giỏi quốc gia, giải nhất, giải nhì, giải ba, giải khuyến khích, huy chương vàng, huy chương bạc, huy chương đồng, đạt giải, đoạt giải, giành giải, đội tuyển, thi học sinh giỏi, cuộc thi
an toàn trường học, bạo lực học đường, phòng chống bạo lực học đường, văn hóa học đường, trường học hạnh phúc, trường học thân thiện, học sinh tích cực, đuối nước, phòng chống đuối nước, dạy bơi, kỹ năng phòng chống đuối nước
đào tạo nghề cho lao động nông thôn, trung tâm giáo dục nghề nghiệp, trung tâm giáo dục nghề nghiệp giáo dục thường xuyên, hướng nghiệp, phân luồng, phân luồng học sinh, định hướng nghề nghiệp, tư vấn tuyển sinh, tư vấn hướng nghiệp
biên chế giáo viên, thiếu giáo viên, thừa giáo viên, hợp đồng giáo viên, chuẩn nghề nghiệp, đạt chuẩn, trên chuẩn, nâng chuẩn, nâng chuẩn trình độ, trình độ chuẩn, bồi dưỡng thường xuyên, sinh hoạt chuyên môn, thao giảng, dự giờ, hội giảng
giỏi giang, học giỏi, học sinh giỏi giang, giỏi nghề, giỏi việc nước đảm việc nhà, dạy giỏi, lao động giỏi, nông dân giỏi, bí thư chi bộ giỏi, cán bộ giỏi
đi học, đến lớp, tan học, tan trường, nghỉ học, học bơi, học chữ, học lái xe, học hè, học sinh yếu, học lực, hạnh kiểm tốt, lên lớp, lưu ban, ở lại lớp
# Education
nhân viên, trường phổ thông dân tộc nội trú, trường phổ thông dân tộc bán trú, nội trú, điểm lẻ, lớp học, chương trình giáo dục phổ thông mới, đổi mới phương pháp dạy học, thi cử, tốt nghiệp trung học phổ thông, tuyển sinh lớp 10, thí sinh, khoa học kỹ thuật, cuộc thi khoa học kỹ thuật, hỗ trợ học tập, miễn học phí, vượt khó học giỏi, chuyển đổi số trong giáo dục, sáp nhập trường, dồn điểm trường
# Education and youth
học sinh tiểu học, học sinh trung học, học sinh trung học cơ sở, học sinh trung học phổ thông, học sinh lớp một, học sinh lớp 12, học sinh cuối cấp, thi chuyển cấp, thi vào lớp 10, xét tuyển học bạ, học bạ, điểm trung bình, hạnh kiểm, xếp loại học lực, học sinh xuất sắc, giấy khen học sinh, sổ liên lạc, họp phụ huynh, ban đại diện cha mẹ học sinh, phụ huynh, phụ huynh học sinh, cha mẹ học sinh, đồng phục, cặp sách, xe đạp đến trường, đưa đón học sinh, bữa ăn bán trú, nhà công vụ giáo viên, phòng ở bán trú, tuổi trẻ, mùa hè xanh, tiếp sức mùa thi, đội thiếu niên tiền phong, đội viên, liên đội, chi đội, sinh hoạt hè, câu lạc bộ hè
# Moved from the files named by kind on 5 Dec 2026, sorted by keyword
bài học, bài toán, bài tập, đại học, người thầy, nhà khoa học, nhân tài, tấm bằng, trường thi, trường nội trú, trường tư thục, việc học, mùa thi
cho học sinh, học sinh có hoàn cảnh khó khăn, ngôi trường, đối với học sinh, để học sinh, ở trường, trao học bổng, học trò, bàn học, cấp học, dự thi
đào tạo lại, đào tạo nguồn nhân lực, đề thi, học hỏi, học viện, học vấn, học thuật, học hành, khoa học, trung học, văn học, y học, khoa học xã hội
lịch thi, nghiên cứu khoa học, tiết học, học vị, giảng giải, giảng đường, dạy bảo, dân tộc học, thẻ học sinh, suất học bổng, phòng thi, bài thi
môn thi, coi thi, chấm thi, làm bài thi, các em học sinh, các thầy cô, các trường học
# one-syllable words (no pair; an ordinary word)
trường, lớp, dạy, học, thi
`;
