// Religion and ethnic affairs: beliefs, places of worship, ethnic minorities.
// Written for this project; see ../../README.md.
export default `
# Religion, ethnic affairs
cơ sở thờ tự, chức việc, nhà tu hành, giáo phận, giáo hội phật giáo việt nam, ban trị sự, hội thánh, phật giáo hòa hảo, hồi giáo, tu viện, thánh đường, đại lễ, sống tốt đời đẹp đạo, tốt đời đẹp đạo, đồng hành cùng dân tộc, hoạt động tôn giáo, sinh hoạt tôn giáo, đăng ký sinh hoạt tôn giáo, tà đạo, đạo lạ
đồng bào dân tộc, vùng đồng bào dân tộc thiểu số, trưởng buôn, vùng sâu vùng xa, vùng sâu, vùng xa, vùng khó khăn, đặc biệt khó khăn, xã đặc biệt khó khăn, thôn đặc biệt khó khăn, xã biên giới, chương trình mục tiêu quốc gia, mục tiêu quốc gia, bản sắc, bản sắc dân tộc, tiếng dân tộc, chữ viết
# Moved from the files named by kind on 5 Dec 2026, sorted by keyword
buôn làng, phum sóc, vùng dân tộc thiểu số, bà con dân tộc, ngôi chùa, nhà sư, đạo phật, làm lễ, lễ vật, thánh lễ, hộ đồng bào
# one-syllable words (no pair; an ordinary word)
sóc
`;
