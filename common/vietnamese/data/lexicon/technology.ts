// Technology and digital transformation: digital government, networks, data.
// Written for this project; see ../../README.md.
export default `
chính phủ số, nền tảng số, ứng dụng số, dữ liệu số, thanh toán số, kỹ năng số, tổ công nghệ số, tổ công nghệ số cộng đồng, số hóa dữ liệu, kết nối mạng, mạng internet, phủ sóng, sóng điện thoại, cáp quang, điện thoại thông minh, máy vi tính, phần mềm, phần cứng, trang mạng, ứng dụng di động
# Moved from the files named by kind on 5 Dec 2026, sorted by keyword
trên mạng xã hội, số điện thoại, điện tử, công nghệ kỹ thuật, thông minh
`;
