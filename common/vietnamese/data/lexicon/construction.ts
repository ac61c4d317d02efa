// Construction and utilities: building works, housing, urban planning, power and
// water supply. Written for this project; see ../../README.md.
export default `
bằng phẳng, san lấp, san lấp mặt bằng, lán trại, máy xúc, máy ủi, xe lu, trạm trộn, trạm trộn bê tông
nước ngầm, giếng khoan, giếng đào, bể chứa, bồn chứa, đường ống, đường ống dẫn nước, trạm cấp nước, nhà máy nước, hệ thống cấp nước, nước máy, nước giếng, thiếu nước sinh hoạt
trạm biến áp, đường dây điện, cột điện, hành lang lưới điện, điện chiếu sáng công cộng, tiết kiệm điện, sử dụng điện, cắt điện, cung cấp điện, công tơ điện, hóa đơn tiền điện, tiền điện, tiền nước
xây nhà, sửa nhà, làm nhà, dựng nhà, nhà mới, nhà kiên cố, nhà bán kiên cố, nhà cấp bốn, nhà gỗ, nhà xây, ngôi nhà mới, căn nhà mới, mái ngói, tường gạch, nền nhà
# Land, construction and urban
xây dựng cơ bản, giấy phép xây dựng, cấp phép xây dựng, xây dựng không phép, xây dựng sai phép, nhà ở riêng lẻ, nhà ở xã hội, nhà ở thương mại, chung cư, khu chung cư, khu nhà ở, đất nền, phân lô bán nền, văn minh đô thị, lòng đường vỉa hè, lấn chiếm vỉa hè, hành lang giao thông, chỉ giới xây dựng, chỉ giới đường đỏ, mốc quy hoạch, cắm mốc, cắm mốc quy hoạch, quy hoạch chung, quy hoạch chi tiết, quy hoạch phân khu, quy hoạch nông thôn mới, cống thoát nước, chiếu sáng công cộng, nghĩa trang, nghĩa địa, di dời mồ mả, tái định cư tại chỗ
# Moved from the files named by kind on 5 Dec 2026, sorted by keyword
tấm lợp, vùng đô thị, đã xây dựng, đang xây dựng, đang thi công, góp phần xây dựng, nhiều công trình, các dự án, các công trình, vừa khánh thành
sửa chữa, thợ điện, điện lưới, cúp điện, lập dự án, nguồn điện, chỉnh trang, sạc điện, đóng điện
# one-syllable words (no pair; an ordinary word)
trát, lợp
`;
