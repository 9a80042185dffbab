-- The national targets the programme works to, as published. Only what the sources below state is
-- recorded; wording in quotes is theirs. Periods are whole years, first and last month.

insert into programme_document (id, kind, number, number_key, title, issued_on, area_path, note, created_by) values
-- Cần Thơ city portal, summary of the decision, 09/09/2020; Lạng Sơn office,
-- https://vanphong.langson.gov.vn/en/node/62151
('0b1336a0-0000-4000-8000-000000000001', 'NATIONAL_DECISION', '1336/QĐ-TTg', '1336/qd-ttg',
 'Nhân rộng mô hình câu lạc bộ liên thế hệ tự giúp nhau giai đoạn đến năm 2025', '2020-08-31', '',
 'Hội Người cao tuổi Việt Nam chủ trì.', 'reference-data'),
-- https://nhansu.vn/van-ban-phap-luat/Quyet-dinh-1648-QD-TTg-2025-De-an-nhan-rong-cau-lac-bo-lien-the-he-tu-giup-nhau-den-2035-668081.html
('0b1648a0-0000-4000-8000-000000000001', 'NATIONAL_DECISION', '1648/QĐ-TTg', '1648/qd-ttg',
 'Đề án nhân rộng câu lạc bộ liên thế hệ tự giúp nhau đến năm 2035', '2025-08-01', '',
 'Phó Thủ tướng Lê Thành Long ký, theo Tờ trình 166/TTr-HNCT.', 'reference-data'),
-- https://hoatieu.vn/phap-luat/quyet-dinh-1579-qd-ttg-chuong-trinh-cham-soc-suc-khoe-nguoi-cao-tuoi-den-2030-203841
('0b1579a0-0000-4000-8000-000000000001', 'NATIONAL_DECISION', '1579/QĐ-TTg', '1579/qd-ttg',
 'Chương trình chăm sóc sức khỏe người cao tuổi đến năm 2030', '2020-10-13', '', null, 'reference-data'),
-- https://www.worldbank.org/en/news/feature/2024/05/28/how-intergenerational-self-help-clubs-transform-elderly-care-in-viet-nam
('0b2024a0-0000-4000-8000-000000000001', 'OTHER', 'World Bank, 28/05/2024', 'world bank, 28/05/2024',
 'How intergenerational self-help clubs transform elderly care in Viet Nam', '2024-05-28', '',
 'Nêu mục tiêu của Việt Nam; chưa đối chiếu được quyết định gốc (có thể là 1648/QĐ-TTg) và việc tính theo 3.321 xã mới.',
 'reference-data');

insert into programme_target (id, code, area_path, area_name, first_month, last_month, measure, value, of_code,
                              direction, document_id, note, recorded_by) values
-- 1336/QĐ-TTg: "≥3,000 new clubs with 150,000 members (>100,000 older)" by 2025.
('0b1336a0-0000-4000-8000-000000000101', 'CLUBS_NEW', '', 'Việt Nam', '2021-01-01', '2025-12-01', 'COUNT', 3000, null,
 'AT_LEAST', '0b1336a0-0000-4000-8000-000000000001', 'Thành lập mới ít nhất 3.000 CLB.', 'reference-data'),
-- The 150,000 are the members of the new clubs; MEMBERS_NEW counts every membership begun, so it reads high.
('0b1336a0-0000-4000-8000-000000000102', 'MEMBERS_NEW', '', 'Việt Nam', '2021-01-01', '2025-12-01', 'COUNT', 150000, null,
 'AT_LEAST', '0b1336a0-0000-4000-8000-000000000001', '150.000 thành viên của các CLB thành lập mới.', 'reference-data'),
('0b1336a0-0000-4000-8000-000000000103', 'MEMBERS_NEW_OLDER', '', 'Việt Nam', '2021-01-01', '2025-12-01', 'COUNT', 100000,
 null, 'AT_LEAST', '0b1336a0-0000-4000-8000-000000000001', 'Trên 100.000 người cao tuổi trong số đó.', 'reference-data'),
-- "≥95 % of provinces have ISHCs".
('0b1336a0-0000-4000-8000-000000000104', 'PROVINCES_WITH_CLUB', '', 'Việt Nam', '2021-01-01', '2025-12-01', 'SHARE', 95,
 'PROVINCES_TOTAL', 'AT_LEAST', '0b1336a0-0000-4000-8000-000000000001', 'Ít nhất 95 % số tỉnh có CLB.', 'reference-data'),
-- "≥70 % of clubs run all activities and are well managed so that ≥50 % of members get loans"; the
-- Lạng Sơn summary reads "≥50 % of members receive loans for production and business, in ≥70 % of clubs".
('0b1336a0-0000-4000-8000-000000000105', 'CLUBS_ALL_AREAS', '', 'Việt Nam', '2021-01-01', '2025-12-01', 'SHARE', 70,
 'CLUBS_ACTIVE', 'AT_LEAST', '0b1336a0-0000-4000-8000-000000000001',
 'Ít nhất 70 % CLB hoạt động đủ các nội dung, quản lý tốt.', 'reference-data'),
('0b1336a0-0000-4000-8000-000000000106', 'MEMBERS_EVER_BORROWED', '', 'Việt Nam', '2021-01-01', '2025-12-01', 'SHARE', 50,
 'MEMBERS', 'AT_LEAST', '0b1336a0-0000-4000-8000-000000000001',
 'Ít nhất 50 % thành viên được vay vốn phát triển sản xuất, kinh doanh.', 'reference-data'),
-- "100 % of clubs have an income fund and an operating fund".
('0b1336a0-0000-4000-8000-000000000107', 'CLUBS_BOTH_FUNDS', '', 'Việt Nam', '2021-01-01', '2025-12-01', 'SHARE', 100,
 'CLUBS_ACTIVE', 'AT_LEAST', '0b1336a0-0000-4000-8000-000000000001',
 '100 % CLB có quỹ tăng thu nhập và quỹ hoạt động.', 'reference-data'),
-- 1648/QĐ-TTg: "≥6,000 new in 2025–2030", "≥12,000 new clubs by 2035".
('0b1648a0-0000-4000-8000-000000000101', 'CLUBS_NEW', '', 'Việt Nam', '2025-01-01', '2030-12-01', 'COUNT', 6000, null,
 'AT_LEAST', '0b1648a0-0000-4000-8000-000000000001', 'Thành lập mới ít nhất 6.000 CLB giai đoạn 2025–2030.', 'reference-data'),
('0b1648a0-0000-4000-8000-000000000102', 'CLUBS_NEW', '', 'Việt Nam', '2025-01-01', '2035-12-01', 'COUNT', 12000, null,
 'AT_LEAST', '0b1648a0-0000-4000-8000-000000000001', 'Ít nhất 12.000 CLB thành lập mới đến năm 2035.', 'reference-data'),
-- World Bank: "Viet Nam set a target to establish ISHCs or their equivalent in at least 80 % of the
-- country's communes by 2030". A share read at the period's end; the start is 1648's.
('0b2024a0-0000-4000-8000-000000000101', 'COMMUNES_WITH_CLUB', '', 'Việt Nam', '2025-01-01', '2030-12-01', 'SHARE', 80,
 'COMMUNES_TOTAL', 'AT_LEAST', '0b2024a0-0000-4000-8000-000000000001',
 'CLB hoặc mô hình tương đương ở ít nhất 80 % số xã.', 'reference-data'),
-- 1579/QĐ-TTg: "≥70 % of older people have a check-up at least once a year"; the club figure applies
-- it to members aged 60 or over.
('0b1579a0-0000-4000-8000-000000000101', 'MEMBERS_CHECKUP_12M', '', 'Việt Nam', '2021-01-01', '2030-12-01', 'SHARE', 70,
 'MEMBERS_OLDER', 'AT_LEAST', '0b1579a0-0000-4000-8000-000000000001',
 'Ít nhất 70 % người cao tuổi được khám sức khỏe định kỳ ít nhất một lần mỗi năm.', 'reference-data');
