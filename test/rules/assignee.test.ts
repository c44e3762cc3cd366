import { describe, expect, it } from 'vitest';
import { findAssignee, findRoles, findTaskAssignee, listIntroAssignee } from '../../src/rules/assignee.js';

describe('assignee', () => {
  it.each([
    // Explicit assignment: "Giao X <verb>".
    ['Giao Ban Tổ chức Thành ủy chủ trì, phối hợp các cơ quan liên quan theo dõi', 'Ban Tổ chức Thành ủy', 'explicit'],
    ['Giao Ban Tuyên giáo và Dân vận Thành ủy tăng cường nắm bắt', 'Ban Tuyên giáo và Dân vận Thành ủy', 'explicit'],
    [
      'Giao các cơ quan chuyên trách tham mưu, giúp việc Đảng uỷ phối hợp đôn đốc',
      'các cơ quan chuyên trách tham mưu, giúp việc Đảng uỷ',
      'explicit',
    ],
    ['Giao cho Sở Nội vụ hướng dẫn thực hiện', 'Sở Nội vụ', 'explicit'],
    ['Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh phối hợp tuyên truyền', 'Ủy ban Mặt trận Tổ quốc tỉnh', 'explicit'],
    ['Yêu cầu các sở, ngành báo cáo kết quả', 'các sở, ngành', 'explicit'],
    // A heading that names a unit.
    ['Ban Xây dựng Đảng Đảng uỷ', 'Ban Xây dựng Đảng Đảng uỷ', 'heading'],
    ['Các chi bộ, đảng bộ trực thuộc Đảng ủy', 'Các chi bộ, đảng bộ trực thuộc Đảng ủy', 'heading'],
    ['Ủy ban Kiểm tra Đảng ủy', 'Ủy ban Kiểm tra Đảng ủy', 'heading'],
    ['Văn phòng Đảng ủy', 'Văn phòng Đảng ủy', 'heading'],
    // A sentence whose subject is the unit.
    ['Các cấp ủy cơ sở trực thuộc phối hợp chặt chẽ với lãnh đạo cơ quan', 'Các cấp ủy cơ sở trực thuộc', 'subject'],
    [
      'Ban thường vụ các cấp ủy trực thuộc Thành ủy tập trung lãnh đạo',
      'Ban thường vụ các cấp ủy trực thuộc Thành ủy',
      'subject',
    ],
    ['Sở Tài chính chủ trì, phối hợp với Sở Nội vụ tham mưu', 'Sở Tài chính', 'subject'],
    ['Các đơn vị định kỳ hằng tháng báo cáo kết quả về Sở Nội vụ', 'Các đơn vị', 'subject'],
    // elected members as a body
    ['Các đại biểu HĐND tỉnh chủ động liên hệ với cử tri', 'Các đại biểu HĐND tỉnh', 'subject'],
    ['Đại biểu Hội đồng nhân dân các cấp tham gia đầy đủ', 'Đại biểu Hội đồng nhân dân các cấp', 'subject'],
    // a colon that lists the plural noun's units by name; a task after it is no name
    [
      'Giám đốc các Sở: Tài chính, Văn hóa, Thể thao và Du lịch, Khoa học và Công nghệ',
      'Giám đốc các Sở: Tài chính, Văn hóa, Thể thao và Du lịch, Khoa học và Công nghệ',
      'heading',
    ],
    [
      'UBND các phường: Nha Trang, Bắc Nha Trang, Cam Ranh và các xã ven biển',
      'UBND các phường: Nha Trang, Bắc Nha Trang, Cam Ranh và các xã ven biển',
      'heading',
    ],
    ['Các sở: Tài chính, Tư pháp: phối hợp thực hiện.', 'Các sở: Tài chính, Tư pháp', 'heading'],
    [
      'Chủ tịch UBND các xã: Bình Sơn, Vạn Tường khẩn trương thực hiện',
      'Chủ tịch UBND các xã: Bình Sơn, Vạn Tường',
      'subject',
    ],
    ['UBND các xã: Tổ chức sơ tán dân.', 'UBND các xã', 'heading'],
    ['Các sở: Xây dựng kế hoạch, báo cáo trước ngày 10/5/2026.', 'Các sở', 'heading'],
    ['Các cơ quan: Chủ động phối hợp.', 'Các cơ quan', 'heading'],
    // where the units lie belongs to their name
    [
      'Chủ tịch UBND các huyện ven biển tổ chức kêu gọi tàu thuyền vào nơi tránh trú',
      'Chủ tịch UBND các huyện ven biển',
      'subject',
    ],
    ['Các xã biên giới tăng cường tuần tra', 'Các xã biên giới', 'subject'],
    // armed forces, police, services and protected areas
    ['Đồn Biên phòng Phú Quý chủ trì tuần tra bờ biển', 'Đồn Biên phòng Phú Quý', 'subject'],
    ['Trung đoàn 994 bố trí lực lượng ứng cứu', 'Trung đoàn 994', 'subject'],
    ['Cụm Cảnh sát giao thông số 2 tăng cường kiểm soát', 'Cụm Cảnh sát giao thông số 2', 'subject'],
    ['Điện lực Krông Pắc bảo đảm cấp điện an toàn', 'Điện lực Krông Pắc', 'subject'],
    ['Vườn quốc gia Chư Yang Sin phối hợp tuần tra rừng', 'Vườn quốc gia Chư Yang Sin', 'subject'],
    ['Hợp tác xã Nông nghiệp Tân Phú đăng ký mã số vùng trồng', 'Hợp tác xã Nông nghiệp Tân Phú', 'subject'],
    ['Tổ dân phố số 3 tổ chức tổng vệ sinh', 'Tổ dân phố số 3', 'subject'],
    ['Chi hội Nông dân các thôn vận động hội viên', 'Chi hội Nông dân các thôn', 'subject'],
    ['Trung tâm Dịch vụ tổng hợp xã tiếp nhận hồ sơ', 'Trung tâm Dịch vụ tổng hợp xã', 'subject'],
    ['Các chi bộ cụ thể hóa bằng kế hoạch của chi bộ', 'Các chi bộ', 'subject'],
    ['Sở Tài chính cân đối, bố trí kinh phí thực hiện Kế hoạch', 'Sở Tài chính', 'subject'],
    ['Đảng ủy cơ sở xếp loại tổ chức đảng, đảng viên; công bố kết quả', 'Đảng ủy cơ sở', 'subject'],
    ['Đoàn kiểm tra thẩm tra, xác minh, báo cáo kết quả', 'Đoàn kiểm tra', 'subject'],
    [
      'Công ty TNHH MTV Khai thác công trình thủy lợi tỉnh vận hành hồ chứa',
      'Công ty TNHH MTV Khai thác công trình thủy lợi tỉnh',
      'subject',
    ],
    [
      'Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Giám đốc Công an tỉnh bố trí lực lượng',
      'Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Giám đốc Công an tỉnh',
      'subject',
    ],
    [
      'Chủ tịch UBND các xã, phường huy động lực lượng tại chỗ khắc phục hậu quả',
      'Chủ tịch UBND các xã, phường',
      'subject',
    ],
    [
      'Các phòng, ban, đơn vị theo chức năng, nhiệm vụ được giao chủ động triển khai',
      'Các phòng, ban, đơn vị',
      'subject',
    ],
    // units named by what they are, not by a Ban/Sở/Phòng head
    ['Thanh tra tỉnh chủ trì, phối hợp với Sở Nội vụ kiểm tra', 'Thanh tra tỉnh', 'subject'],
    ['Trưởng các ấp chủ trì, phối hợp rà soát', 'Trưởng các ấp', 'subject'],
    ['Bảo hiểm xã hội tỉnh chủ trì, phối hợp', 'Bảo hiểm xã hội tỉnh', 'subject'],
    ['Công ty Điện lực tỉnh bảo đảm cung cấp điện', 'Công ty Điện lực tỉnh', 'subject'],
    ['Chánh Văn phòng UBND tỉnh theo dõi', 'Chánh Văn phòng UBND tỉnh', 'subject'],
    ['Tổ công tác có nhiệm vụ rà soát hồ sơ', 'Tổ công tác', 'subject'],
    // verbs inside a unit's name do not end it; these words do
    ['Ban Quản lý dự án đầu tư xây dựng tỉnh chủ trì, phối hợp', 'Ban Quản lý dự án đầu tư xây dựng tỉnh', 'subject'],
    [
      'Chủ tịch UBND các xã, phường, đặc khu Lý Sơn trực tiếp tiếp công dân',
      'Chủ tịch UBND các xã, phường, đặc khu Lý Sơn',
      'subject',
    ],
    ['Phòng Văn hóa - Xã hội là cơ quan thường trực, tham mưu', 'Phòng Văn hóa - Xã hội', 'subject'],
    ['Phòng Hậu cần - Kỹ thuật chủ trì, phối hợp', 'Phòng Hậu cần - Kỹ thuật', 'subject'],
    ['Trung tâm Dịch vụ việc làm tỉnh tổ chức sàn giao dịch', 'Trung tâm Dịch vụ việc làm tỉnh', 'subject'],
    [
      'Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh chủ trì',
      'Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh',
      'subject',
    ],
    // the units a check concerns keep that qualifier: they are the ones who prepare
    ['Các đơn vị được kiểm tra chuẩn bị hồ sơ', 'Các đơn vị được kiểm tra', 'subject'],
    ['Sở Tài chính sẽ tổ chức hội nghị', 'Sở Tài chính', 'subject'],
    ['Trạm Y tế các xã, phường rà soát', 'Trạm Y tế các xã, phường', 'subject'],
    ['Các tổ chuyên môn xây dựng kế hoạch', 'Các tổ chuyên môn', 'subject'],
    // units of hospitals, schools and trade unions
    ['Khoa Dược - Vật tư thiết bị y tế bảo đảm đủ thuốc', 'Khoa Dược - Vật tư thiết bị y tế', 'subject'],
    ['Các khoa, phòng xây dựng lịch trực', 'Các khoa, phòng', 'subject'],
    ['Phòng Kế hoạch tổng hợp tổng hợp lịch trực', 'Phòng Kế hoạch tổng hợp', 'subject'],
    ['Phòng Tài chính kế toán chi trả chế độ trực Tết', 'Phòng Tài chính kế toán', 'subject'],
    ['Các Công đoàn cơ sở doanh nghiệp tổng hợp số liệu', 'Các Công đoàn cơ sở doanh nghiệp', 'subject'],
    ['Phó Hiệu trưởng phụ trách chuyên môn chỉ đạo các tổ', 'Phó Hiệu trưởng phụ trách chuyên môn', 'subject'],
    // a completed name (… tỉnh, … Thành ủy, … liên quan) ends at the next lower-case word, whatever the verb
    [
      'Đài Phát thanh và Truyền hình tỉnh tăng thời lượng phát sóng, thông tin',
      'Đài Phát thanh và Truyền hình tỉnh',
      'subject',
    ],
    ['Ủy ban Kiểm tra Tỉnh ủy xem lại hồ sơ kỷ luật', 'Ủy ban Kiểm tra Tỉnh ủy', 'subject'],
    ['Bí thư cấp uỷ cấp xã gặp gỡ Nhân dân', 'Bí thư cấp uỷ cấp xã', 'subject'],
    [
      'Các phòng nghiệp vụ Ban Tổ chức Tỉnh ủy theo địa bàn nắm tình hình',
      'Các phòng nghiệp vụ Ban Tổ chức Tỉnh ủy',
      'subject',
    ],
    // … but a list goes on after a comma, a name after "và", "trực thuộc", "trên địa bàn"
    [
      'Văn phòng HĐND và UBND xã, công chức Địa chính - Xây dựng và các thành viên Tổ công tác chịu trách nhiệm',
      'Văn phòng HĐND và UBND xã, công chức Địa chính - Xây dựng và các thành viên Tổ công tác',
      'subject',
    ],
    [
      'Ủy ban nhân dân tỉnh và các sở, ngành liên quan chủ động',
      'Ủy ban nhân dân tỉnh và các sở, ngành liên quan',
      'subject',
    ],
    ['Các trường học trên địa bàn tỉnh tổ chức', 'Các trường học trên địa bàn tỉnh', 'subject'],
    // a heading that only names units keeps the whole name
    ['Chủ tịch UBND các xã, phường ven biển:', 'Chủ tịch UBND các xã, phường ven biển', 'heading'],
    // the units a plan's checks concern, and the teams that do them
    ['Các tổ chức đảng được giám sát:', 'Các tổ chức đảng được giám sát', 'heading'],
    ['Đoàn giám sát:', 'Đoàn giám sát', 'heading'],
    // a post named after "Công chức" / "Cán bộ"
    ['Công chức Văn hóa - Xã hội chủ trì, hướng dẫn các thôn', 'Công chức Văn hóa - Xã hội', 'subject'],
    ['Cán bộ Tư pháp - Hộ tịch hướng dẫn thủ tục', 'Cán bộ Tư pháp - Hộ tịch', 'subject'],
    ['Sở Tài chính nâng cấp phần mềm kế toán', 'Sở Tài chính', 'subject'],
    // an adverb of manner before the verb ends the name
    ['Các đoàn viên gương mẫu tham gia các hoạt động', 'Các đoàn viên', 'subject'],
    ['Các nhà thầu thi công:', 'Các nhà thầu thi công', 'heading'],
    ['Phòng Tham mưu giúp Giám đốc Công an tỉnh theo dõi', 'Phòng Tham mưu', 'subject'],
    // named before a colon, however long the rest of the item
    [
      `Công an tỉnh: chủ trì, phối hợp với các cơ quan liên quan ${'rà soát, xử lý nghiêm vi phạm; '.repeat(8)}`,
      'Công an tỉnh',
      'heading',
    ],
  ])('%s', (text, unit, kind) => {
    expect(findAssignee(text)).toMatchObject({ unit, kind });
  });

  it.each([
    'Báo cáo định kỳ hằng quý, trước ngày 20 của tháng cuối quý',
    'Đội ngũ cán bộ được kiện toàn',
    'Tăng cường công tác xây dựng Đảng, nâng cao năng lực lãnh đạo',
    'Tổ chức thực hiện',
    'Ban hành quy chế làm việc',
    'Phòng, chống tham nhũng, lãng phí',
    'Công tác xây dựng tổ chức đảng, đảng viên',
    'Trường hợp phát sinh vướng mắc, báo cáo ngay',
    'Giao nhiệm vụ cụ thể cho từng đồng chí',
    'Công chức, viên chức thực hiện nghiêm quy định',
    // a clause that opens with a verb is the task itself, not a clause set before a unit
    'Kiện toàn Ban Chỉ đạo phòng chống dịch xã, phân công thành viên phụ trách từng thôn',
    'Phối hợp với Phòng Kinh tế, Thuế cơ sở 3 xử lý các trường hợp chây ì',
    'Nâng cao ý thức, trách nhiệm của cơ quan, tổ chức, hộ gia đình',
    // a member named to a post of a board being set up
    'Trưởng ban: Ông Đầu Thanh Tùng, Chủ tịch UBND tỉnh',
    'Tổ trưởng: Đồng chí Nguyễn Văn C, Phó Giám đốc Sở',
  ])('no assignee: %s', (text) => {
    expect(findAssignee(text)).toBeNull();
  });

  it('reads "Giao X:" as a list introduction', () => {
    expect(findAssignee('Giao các sở, ban, ngành; Ủy ban nhân dân các xã:')).toMatchObject({
      unit: 'các sở, ban, ngành; Ủy ban nhân dân các xã',
      introducesList: true,
    });
  });
});

describe('lead and support', () => {
  it.each([
    ['Giao Ban Tổ chức Thành ủy chủ trì, phối hợp các cơ quan liên quan theo dõi', null, 'các cơ quan liên quan'],
    ['Chủ trì, phối hợp với Ban Xây dựng Đảng Đảng ủy tham mưu', null, 'Ban Xây dựng Đảng Đảng ủy'],
    ['Cơ quan chủ trì: Sở Nội vụ; cơ quan phối hợp: Sở Tài chính.', 'Sở Nội vụ', 'Sở Tài chính'],
    ['Tiếp tục phối hợp tổ chức các lớp cao cấp', null, null],
    ['Phối hợp UBND phường Bảo Lộc 1 xác định nguồn gốc đất đối với 37 hộ dân', null, 'UBND phường Bảo Lộc 1'],
    // the unit directed to lead
    ['Chỉ đạo Công an tỉnh chủ trì, phối hợp với Sở Xây dựng kiểm tra an toàn', 'Công an tỉnh', 'Sở Xây dựng'],
    ['Chỉ đạo các đơn vị trực thuộc thực hiện', null, null],
    // labels without their noun
    ['Chủ trì: Sở Nội vụ. Phối hợp: các sở, ngành. Thời gian: tháng 5/2027.', 'Sở Nội vụ', 'các sở, ngành'],
    ['Sở Y tế chủ trì: tổ chức hội nghị', null, null],
    // a disaster response's verbs end the name; one inside a name does not
    ['Hạt Kiểm lâm chủ trì, phối hợp với Chi cục Kiểm lâm sẵn sàng lực lượng chữa cháy', null, 'Chi cục Kiểm lâm'],
    ['Phối hợp với Ban Chỉ huy Quân sự xã sơ tán các hộ dân', null, 'Ban Chỉ huy Quân sự xã'],
    [
      'Phối hợp với Cơ quan Cảnh sát điều tra Công an tỉnh điều tra làm rõ',
      null,
      'Cơ quan Cảnh sát điều tra Công an tỉnh',
    ],
    [
      'Công an tỉnh chủ trì, phối hợp với các cơ quan liên quan phòng ngừa, phát hiện hành vi nhũng nhiễu',
      null,
      'các cơ quan liên quan',
    ],
    // the unit named before a colon, then "chủ trì"
    ['Chi cục Thủy sản, Biển và Hải đảo: chủ trì tổ chức làm sạch bờ biển', 'Chi cục Thủy sản, Biển và Hải đảo', null],
    ['Sở Tài chính: Chủ trì, phối hợp với Sở Nội vụ thẩm định', 'Sở Tài chính', 'Sở Nội vụ'],
    // what the support is asked to do, or why
    ['Phối hợp với Chi cục Bảo vệ môi trường mời đại biểu dự lễ', null, 'Chi cục Bảo vệ môi trường'],
    ['Phối hợp chặt chẽ với UBND các xã Bình Sơn, Sơn Tây đẩy nhanh bồi thường', null, 'UBND các xã Bình Sơn, Sơn Tây'],
    ['Phối hợp với Sở Xây dựng để thống nhất phương án', null, 'Sở Xây dựng'],
    ['Phối hợp với Ban Quản lý dự án trong việc bàn giao mặt bằng', null, 'Ban Quản lý dự án'],
  ])('%s', (text, lead, support) => {
    const roles = findRoles(text);
    expect(roles.lead).toBe(lead);
    expect(roles.support).toBe(support);
  });
});

describe('a clause before the unit', () => {
  it.each([
    ['Trường hợp có thay đổi, Văn phòng Đảng ủy thông báo kịp thời.', 'Văn phòng Đảng ủy', 'subject'],
    ['Kết thúc mỗi cuộc kiểm tra, trong thời hạn 10 ngày, Tổ kiểm tra hoàn thành báo cáo.', 'Tổ kiểm tra', 'subject'],
    [
      'Trong năm 2027, đề nghị Ban Thường vụ Đảng ủy đặc khu tập trung lãnh đạo:',
      'Ban Thường vụ Đảng ủy đặc khu',
      'explicit',
    ],
    ['Căn cứ dự toán được giao, Thủ trưởng các đơn vị:', 'Thủ trưởng các đơn vị', 'heading'],
  ])('%s', (text, unit, kind) => {
    expect(findAssignee(text)).toMatchObject({ unit, kind });
  });

  it.each([
    'Tăng cường công tác tuyên truyền, nâng cao nhận thức.',
    'Chủ trì hướng dẫn chi bộ, đảng bộ trực thuộc Đảng ủy thực hiện tốt việc quản lý đảng viên.',
  ])('not: %s', (text) => {
    expect(findAssignee(text)).toBeNull();
  });
});

describe('headings that say whom they concern', () => {
  it.each([
    ['Đối với các chi bộ, đảng bộ trực thuộc', 'các chi bộ, đảng bộ trực thuộc'],
    ['Đối với Ủy ban nhân dân các xã:', 'Ủy ban nhân dân các xã'],
    ['Nhiệm vụ của Tổ công tác', 'Tổ công tác'],
    ['Trách nhiệm của các sở, ban, ngành:', 'các sở, ban, ngành'],
  ])('%s', (text, unit) => {
    expect(findAssignee(text)).toMatchObject({ unit, kind: 'heading' });
  });

  it('not a unit after "Đối với"', () => {
    expect(findAssignee('Đối với công tác cán bộ')).toBeNull();
  });
});

describe('findings, not tasks', () => {
  it.each([
    'Ban Xây dựng Đảng Đảng ủy đã tham mưu kết nạp 14 đảng viên mới',
    'Ban Thường vụ Đảng ủy chưa thường xuyên kiểm tra việc thực hiện kết luận',
    // after a place name the finding's word is not part of the unit's name
    'Ban Thường vụ Đảng ủy phường An Phú thiếu kiểm tra, đôn đốc việc thực hiện.',
    'Ban Thường vụ Đảng ủy phường An Phú chưa kiểm tra việc thực hiện.',
    'Chi bộ Trường Tiểu học An Phú để xảy ra vi phạm trong quản lý tài chính.',
  ])('gives no assignee to what a unit did or failed to do: %s', (text) => {
    expect(findTaskAssignee(text)).toBeNull();
  });

  it.each([
    'Đối tượng: Ủy ban nhân dân các xã Con Cuông, Anh Sơn và Sở Xây dựng.',
    'Đối tượng kiểm tra: các chi bộ trực thuộc.',
    'Thành phần: Lãnh đạo các sở, ngành.',
    'Địa điểm: Phòng họp số 2, UBND tỉnh.',
  ])('gives no assignee to a label of who is concerned: %s', (text) => {
    expect(findTaskAssignee(text)).toBeNull();
  });

  it.each([
    ['Sở Y tế thanh tra các cơ sở trên địa bàn.', 'Sở Y tế'],
    ['Công an xã truy quét tội phạm.', 'Công an xã'],
    ['UBND xã niêm yết công khai danh sách.', 'UBND xã'],
    ['Thanh tra tỉnh chủ trì, phối hợp.', 'Thanh tra tỉnh'],
  ])('ends the name at an inspection or notice verb: %s', (text, unit) => {
    expect(findTaskAssignee(text)?.unit).toBe(unit);
  });

  it('reads a plural heading of companies', () => {
    expect(findTaskAssignee('Các Công ty TNHH MTV Thủy lợi Nam Hà Tĩnh, Bắc Hà Tĩnh')?.unit).toBe(
      'Các Công ty TNHH MTV Thủy lợi Nam Hà Tĩnh, Bắc Hà Tĩnh',
    );
  });

  it('keeps "còn lại" (the rest of them) in a unit name', () => {
    expect(findTaskAssignee('Các chi bộ còn lại tổ chức đại hội trong tháng 6/2027.')?.unit).toBe('Các chi bộ còn lại');
  });

  it('keeps the units a plan checks with their whole name', () => {
    expect(findTaskAssignee('Các đoàn kiểm tra, giám sát thực hiện theo đúng kế hoạch')).toMatchObject({
      unit: 'Các đoàn kiểm tra, giám sát',
    });
  });
});

describe('an assignment after an assent or a topic label', () => {
  it.each([
    ['Thống nhất giao Công an xã chủ trì, phối hợp tuần tra.', 'Công an xã'],
    ['Ban Thường vụ thống nhất giao Văn phòng Đảng ủy tham mưu tổ chức hội nghị.', 'Văn phòng Đảng ủy'],
    ['Đồng ý giao Phòng Kinh tế chủ trì thẩm định.', 'Phòng Kinh tế'],
    ['Về công tác giải phóng mặt bằng: giao Phòng Kinh tế chủ trì, phối hợp.', 'Phòng Kinh tế'],
    ['Về công tác giải phóng mặt bằng: Phòng Kinh tế chủ trì, phối hợp.', 'Phòng Kinh tế'],
    // after a short title or a date and a colon, the unit as written
    ['Chế độ thông tin, báo cáo: các cơ sở Đoàn cập nhật kết quả hằng tuần.', 'các cơ sở Đoàn'],
    ['Trước ngày 20/8/2027: các cơ sở Đoàn gửi báo cáo tổng kết.', 'các cơ sở Đoàn'],
    // a long topic label; a hand-out after a semicolon or a comma
    [
      'Đối với đề xuất của Sở Y tế về cơ chế hỗ trợ thu hút bác sĩ về công tác tại các xã miền núi: Giao Sở Tài chính chủ trì, phối hợp với Sở Y tế tham mưu.',
      'Sở Tài chính',
    ],
    [
      'Thống nhất chủ trương sắp xếp các trạm y tế; giao Sở Nội vụ chủ trì, phối hợp với Sở Y tế thẩm định.',
      'Sở Nội vụ',
    ],
    ['Thống nhất chủ trương đầu tư dự án, giao UBND huyện hoàn thiện hồ sơ.', 'UBND huyện'],
  ])('gives the task to the unit assigned: %s', (text, unit) => {
    expect(findTaskAssignee(text)?.unit).toBe(unit);
  });

  it('gives none to an assent alone or a topic without a unit', () => {
    expect(findTaskAssignee('Ban Thường vụ thống nhất chủ trương xây dựng nhà văn hóa.')).toBeNull();
    expect(findTaskAssignee('Về kinh phí: thực hiện theo quy định.')).toBeNull();
    expect(findTaskAssignee('Tổ chức thực hiện: tuyên truyền về Nghị quyết.')).toBeNull();
    expect(findTaskAssignee('Sở Y tế: chủ trì tổ chức.')?.unit).toBe('Sở Y tế');
    expect(findTaskAssignee('Tổ chức hội nghị triển khai, giao nhiệm vụ cho các chi bộ.')).toBeNull();
  });
});

describe('a later sentence that names who answers for it', () => {
  it('gives an article the units answerable after its effective date', () => {
    expect(
      findTaskAssignee(
        'Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND xã, Trưởng phòng Kinh tế chịu trách nhiệm thi hành Quyết định này./.',
      )?.unit,
    ).toBe('Chánh Văn phòng HĐND và UBND xã, Trưởng phòng Kinh tế');
  });

  it('takes no later subject doing something else', () => {
    expect(findTaskAssignee('Rà soát hồ sơ. Các đơn vị tổng hợp số liệu.')).toBeNull();
  });
});

describe('a body that hands the task on', () => {
  it.each([
    ['UBND tỉnh giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ thẩm định.', 'Sở Tài chính'],
    ['Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh giao Ban Phong trào chủ trì tham mưu.', 'Ban Phong trào'],
    ['Ban Thường vụ Đảng ủy giao Ủy ban Mặt trận Tổ quốc phường chủ trì giám sát.', 'Ủy ban Mặt trận Tổ quốc phường'],
    ['Đảng ủy giao Ủy ban nhân dân phường:', 'Ủy ban nhân dân phường'],
    ['Đảng ủy phân công Văn phòng Đảng ủy theo dõi, đôn đốc.', 'Văn phòng Đảng ủy'],
  ])('gives it to the unit named after "giao": %s', (text, unit) => {
    expect(findTaskAssignee(text)).toMatchObject({ unit, kind: 'explicit' });
  });
});

describe('the issuer speaking in a task item', () => {
  it('gives the task to the units a request names, not to the body asking', () => {
    expect(
      findTaskAssignee(
        'Thời gian tới, Ban Thường vụ Đảng ủy yêu cầu các tổ chức đảng, cơ quan, đơn vị tập trung thực hiện tốt ba nhiệm vụ.',
      )?.unit,
    ).toBe('các tổ chức đảng, cơ quan, đơn vị');
    expect(findTaskAssignee('UBND tỉnh đề nghị Ủy ban Mặt trận Tổ quốc tỉnh phối hợp tuyên truyền.')?.unit).toBe(
      'Ủy ban Mặt trận Tổ quốc tỉnh',
    );
    // a request that names no one tasks no one
    expect(findTaskAssignee('Ban Thường vụ yêu cầu tiếp tục đẩy mạnh cải cách hành chính.')).toBeNull();
  });

  it("tasks no one with the issuer's own assessment", () => {
    expect(
      findTaskAssignee('Ban Thường vụ Đảng ủy đánh giá cao sự chủ động của Ủy ban nhân dân xã trong chỉ đạo sản xuất.'),
    ).toBeNull();
    expect(findTaskAssignee('Sở Nội vụ đánh giá kết quả thực hiện.')?.unit).toBe('Sở Nội vụ');
  });
});

describe('a colon that lists the units of a plural noun', () => {
  it('keeps the units named after "các Sở:" in the name when the sentence goes on to its verb', () => {
    expect(
      findAssignee(
        'Chánh Văn phòng UBND huyện, Trưởng các phòng: Nội vụ, Tư pháp, Tài chính - Kế hoạch; Chủ tịch UBND các xã chịu trách nhiệm thi hành Quyết định này./.',
      ),
    ).toMatchObject({
      unit: 'Chánh Văn phòng UBND huyện, Trưởng các phòng: Nội vụ, Tư pháp, Tài chính - Kế hoạch; Chủ tịch UBND các xã',
      verb: 'chịu trách nhiệm',
    });
  });

  it('ends the name at a colon that opens a list of tasks', () => {
    expect(findAssignee('Giám đốc các Sở:')).toMatchObject({ unit: 'Giám đốc các Sở', introducesList: true });
    expect(findAssignee('Các sở, ngành: Tăng cường kiểm tra.')?.unit).toBe('Các sở, ngành');
  });
});

describe('a lead-in that assigns the list below', () => {
  it.each([
    ['Giao các sở, ban, ngành; Ủy ban nhân dân các xã:', 'các sở, ban, ngành; Ủy ban nhân dân các xã'],
    [
      'UBND xã đề nghị các đồng chí Trưởng thôn, Tổ trưởng tổ dân phố thực hiện một số nội dung sau:',
      'các đồng chí Trưởng thôn, Tổ trưởng tổ dân phố',
    ],
    ['Để bảo đảm quyền lợi của người lao động. BHXH khu vực XXIX đề nghị các đơn vị:', 'các đơn vị'],
    ['Công an tỉnh yêu cầu Công an các xã, phường thực hiện nghiêm chế độ báo cáo như sau:', 'Công an các xã, phường'],
    // a unit taking on the list by its duty verb
    ['Ủy ban Kiểm tra Thành ủy có trách nhiệm:', 'Ủy ban Kiểm tra Thành ủy'],
    ['Đảng ủy giao Ủy ban nhân dân phường:', 'Ủy ban nhân dân phường'],
    ['Sở Y tế chủ trì, phối hợp với các đơn vị liên quan thực hiện các nội dung sau:', 'Sở Y tế'],
  ])('%s', (text, unit) => {
    expect(listIntroAssignee(text)).toBe(unit);
  });

  it.each([
    // the request made mid-sentence, after what prompted it
    'Thực hiện Kết luận số 27-KL/TW của Ban Bí thư, Ban Thường vụ Thành ủy đề nghị các cấp ủy tập trung thực hiện một số nhiệm vụ sau:',
    // not a lead-in: no colon
    'UBND xã đề nghị các thôn thực hiện nghiêm túc.',
    // a subject that does not ask anyone
    'Sở Tài chính hướng dẫn như sau:',
    // the issuer concluding
    'Ban Chấp hành Đảng bộ thống nhất kết luận như sau:',
  ])('not: %s', (text) => {
    expect(listIntroAssignee(text)).toBeNull();
  });
});

describe('posts and teams of communes and the armed forces', () => {
  it.each([
    ['Các Trưởng ấp chủ động nắm tình hình, báo cáo kịp thời.', 'Các Trưởng ấp'],
    [
      'Tham mưu trưởng, Chủ nhiệm Chính trị và các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.',
      'Tham mưu trưởng, Chủ nhiệm Chính trị và các cơ quan, đơn vị liên quan',
    ],
    ['Chính ủy Bộ Chỉ huy Quân sự tỉnh chỉ đạo công tác đảng.', 'Chính ủy Bộ Chỉ huy Quân sự tỉnh'],
    [
      'Các Tổ bảo vệ an ninh, trật tự ở cơ sở phối hợp với Công an xã tuần tra.',
      'Các Tổ bảo vệ an ninh, trật tự ở cơ sở',
    ],
    [
      'Tổ công nghệ số cộng đồng các thôn, làng hướng dẫn người dân cài đặt ứng dụng.',
      'Tổ công nghệ số cộng đồng các thôn, làng',
    ],
    // the words that narrow the units stay with them, a parenthesis whole
    ['UBND các xã có rừng chủ động phương án phòng cháy.', 'UBND các xã có rừng'],
    ['Đoàn các xã, phường, Đoàn trực thuộc: tổ chức ra quân tình nguyện.', 'Đoàn các xã, phường, Đoàn trực thuộc'],
    [
      'Chủ tịch UBND các xã vùng núi (Đam Rông, Lạc Dương và các xã khu vực Đắk Nông cũ) rà soát các khu dân cư.',
      'Chủ tịch UBND các xã vùng núi (Đam Rông, Lạc Dương và các xã khu vực Đắk Nông cũ)',
    ],
  ])('%s', (text, unit) => {
    expect(findTaskAssignee(text)?.unit).toBe(unit);
  });

  it.each([
    'Tổ chức hội nghị sơ kết công tác quý I.',
    'Đoàn kết toàn dân xây dựng nông thôn mới.',
    // how a body works is no task
    'Ban Chỉ huy hoạt động theo chế độ kiêm nhiệm, họp định kỳ hằng quý.',
  ])('none: %s', (text) => {
    expect(findTaskAssignee(text)).toBeNull();
  });
});
