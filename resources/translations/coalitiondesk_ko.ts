<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>All activities</source>
        <translation>모든 활동</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>예정된 후속 조치</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>완료로 표시</translation>
    </message>
    <message>
        <source>The selected follow-up has been done</source>
        <translation>선택한 후속 조치를 완료했습니다</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>표시:</translation>
    </message>
    <message>
        <source>Activities table</source>
        <translation>활동 표</translation>
    </message>
    <message>
        <source>Follow-ups due table</source>
        <translation>예정된 후속 조치 표</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <source>Record a new activity</source>
        <translation>새 활동 기록</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>기한이 지난 후속 조치 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>활동 삭제</translation>
    </message>
    <message>
        <source>Delete the activity “{subject}”?</source>
        <translation>“{subject}” 활동을 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>활동</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>What it was about</source>
        <translation>무엇에 관한 활동이었는지</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>서한</translation>
    </message>
    <message>
        <source>The letter this activity is about, if any</source>
        <translation>이 활동과 관련된 서한(있는 경우)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Type to find an organization</source>
        <translation>단체 이름을 입력하여 찾기</translation>
    </message>
    <message>
        <source>Type to find a contact</source>
        <translation>연락처 이름을 입력하여 찾기</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>후속 조치일</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>활동</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Involved</source>
        <translation>관련 단체·연락처</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>단체</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>새 활동</translation>
    </message>
    <message>
        <source>Activity: {subject}</source>
        <translation>활동: {subject}</translation>
    </message>
    <message>
        <source>the new activity</source>
        <translation>새 활동</translation>
    </message>
    <message>
        <source>An activity needs a subject.</source>
        <translation>활동에는 제목이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>ActivityKind</name>
    <message>
        <source>Meeting</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>전화 통화</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Conference or event</source>
        <translation>회의 또는 행사</translation>
    </message>
    <message>
        <source>Press release</source>
        <translation>보도자료</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>서한 발송</translation>
    </message>
    <message>
        <source>Response received</source>
        <translation>회신 받음</translation>
    </message>
    <message>
        <source>Export made</source>
        <translation>내보내기 수행</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>ActivityTable</name>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>기한 지남</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>예정</translation>
    </message>
</context>
<context>
    <name>AddressPart</name>
    <message>
        <source>street</source>
        <translation>도로명</translation>
    </message>
    <message>
        <source>city</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>우편번호</translation>
    </message>
    <message>
        <source>country</source>
        <translation>국가</translation>
    </message>
</context>
<context>
    <name>AffiliationsEditor</name>
    <message>
        <source>Organization</source>
        <translation>단체</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>End</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Double-click a role or date to change it; dates are written YYYY-MM-DD</source>
        <translation>역할이나 날짜를 두 번 클릭하여 바꿉니다. 날짜는 YYYY-MM-DD 형식으로 씁니다</translation>
    </message>
    <message>
        <source>Find an organization…</source>
        <translation>단체 찾기…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Add the organization found on the left</source>
        <translation>왼쪽에서 찾은 단체를 추가합니다</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Remove the selected affiliation</source>
        <translation>선택한 소속을 제거합니다</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attached files</source>
        <translation>첨부된 파일</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>추가한 날짜</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>첨부…</translation>
    </message>
    <message>
        <source>Keep a file with this record (at most 25 MB); it is never exported</source>
        <translation>이 기록에 파일을 보관합니다(최대 25MB). 내보내기에는 포함되지 않습니다</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>This file was erased with a deleted record</source>
        <translation>삭제된 기록과 함께 지워진 파일입니다</translation>
    </message>
    <message>
        <source>Once the record is saved, files can be attached to it.</source>
        <translation>기록을 저장한 뒤에 파일을 첨부할 수 있습니다.</translation>
    </message>
    <message>
        <source>No files attached.</source>
        <translation>첨부된 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>파일 첨부</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>첨부하지 않았습니다</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>열지 않았습니다</translation>
    </message>
    <message>
        <source>No program on this computer opens “{name}”.</source>
        <translation>이 컴퓨터에는 “{name}”을(를) 여는 프로그램이 없습니다.</translation>
    </message>
    <message>
        <source>Rename the attachment</source>
        <translation>첨부 파일 이름 바꾸기</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>이름을 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>Remove the attachment</source>
        <translation>첨부 파일 제거</translation>
    </message>
    <message>
        <source>Remove “{name}” from this record? Edit › Undo brings it back.</source>
        <translation>이 기록에서 “{name}”을(를) 제거할까요? 편집 › 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>제거하지 않았습니다</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>CoalitionDesk backs up {name} when it starts (once a day), before every import, restore and upgrade, and when you ask. It keeps the {last} newest backups, then one a day for {daily} days, one a week for {weekly} weeks and one a month for {monthly} months. Each backup is checked before older ones are removed.</source>
        <translation>CoalitionDesk는 {name}을(를) 시작할 때(하루 한 번), 가져오기·복원·업그레이드 전, 그리고 요청할 때마다 백업합니다. 가장 최근 백업 {last}개를 보관하고, 그 밖에 {daily}일 동안은 하루에 하나, {weekly}주 동안은 한 주에 하나, {monthly}개월 동안은 한 달에 하나씩 보관합니다. 오래된 백업은 새 백업을 검사한 뒤에만 삭제합니다.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>만든 시각</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>검사함</translation>
    </message>
    <message>
        <source>No backups yet. They are kept in:
{folder}</source>
        <translation>아직 백업이 없습니다. 백업은 다음 폴더에 보관됩니다:
{folder}</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>지금 백업</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>복원…</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>사본 저장…</translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation>백업 폴더 열기</translation>
    </message>
    <message>
        <source>Backups of the server database {name}, kept on this computer: made when a window here opens it (once a day, for a coordinator or its owner), when you ask and before a restore, each from one moment of the server while others go on working. Each holds every record, restricted contacts and private fields included, in a file only you can open on this computer but which is not encrypted (a local database&apos;s encryption does not cover it): keep this computer&apos;s disk encrypted. CoalitionDesk keeps the {last} newest backups, then one a day for {daily} days, one a week for {weekly} weeks and one a month for {monthly} months.</source>
        <translation>이 컴퓨터에 보관된 서버 데이터베이스 {name}의 백업입니다. 이 컴퓨터의 창에서 데이터베이스를 열 때(코디네이터나 소유자에게 하루 한 번), 요청할 때, 복원하기 전에 만들어지며, 다른 사람들이 계속 작업하는 동안 서버의 한 시점을 그대로 담습니다. 각 백업에는 제한된 연락처와 비공개 항목을 포함한 모든 기록이 들어 있으며, 이 컴퓨터에서 본인만 열 수 있는 파일이지만 암호화되어 있지는 않습니다(로컬 데이터베이스의 암호화가 적용되지 않음). 이 컴퓨터의 디스크를 암호화해 두십시오. CoalitionDesk는 최신 백업 {last}개를 보관하고, 그다음에는 {daily}일 동안 하루 하나, {weekly}주 동안 한 주 하나, {monthly}개월 동안 한 달 하나를 보관합니다.</translation>
    </message>
    <message>
        <source>Only a coordinator backs up a server database: a volunteer&apos;s backup would leave out the restricted contacts.</source>
        <translation>서버 데이터베이스는 코디네이터만 백업할 수 있습니다. 자원봉사자의 백업에는 제한된 연락처가 빠지기 때문입니다.</translation>
    </message>
    <message>
        <source>Only the database&apos;s owner restores a backup onto the server.</source>
        <translation>서버에 백업을 복원할 수 있는 사람은 데이터베이스 소유자뿐입니다.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>매일</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>직접 만듦</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>가져오기 전</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>복원 전</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>업그레이드 전</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>백업하는 중…</translation>
    </message>
    <message>
        <source>Backed up at {time} ({size}).</source>
        <translation>{time}에 백업했습니다({size}).</translation>
    </message>
    <message>
        <source>Replace everything on the server {name} with the backup made {time}?

Everyone connected to it will see the backup&apos;s records, and what was changed on the server since then will be gone from it. A backup of the server&apos;s current state is made on this computer first, so you can go back to it from this list.</source>
        <translation>서버 {name}의 모든 내용을 {time}에 만든 백업으로 바꾸시겠습니까?

연결된 모든 사람이 백업의 기록을 보게 되며, 그 뒤로 서버에서 바뀐 내용은 서버에서 사라집니다. 먼저 이 컴퓨터에 서버의 현재 상태를 백업하므로 이 목록에서 다시 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <source>Save a Copy of the Backup</source>
        <translation>백업 사본 저장</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>사본 저장 중…</translation>
    </message>
    <message>
        <source>Saved a copy of the backup to {path}.</source>
        <translation>백업 사본을 {path}에 저장했습니다.</translation>
    </message>
    <message>
        <source>Replace everything in {name} with the backup made {time}?

A backup of the current state is made first, so you can go back to it from this list.</source>
        <translation>{name}의 모든 내용을 {time}에 만든 백업으로 바꾸시겠습니까?

먼저 현재 상태를 백업하므로, 이 목록에서 언제든 되돌아갈 수 있습니다.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>복원하는 중…</translation>
    </message>
    <message>
        <source>Restored the backup. The state before it was backed up too and is listed above.</source>
        <translation>백업을 복원했습니다. 복원 전 상태도 백업하여 위 목록에 있습니다.</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <source>Letter body</source>
        <translation>서한 본문</translation>
    </message>
    <message>
        <source>The letter&apos;s text. Use Insert field for the recipient&apos;s name, the salutation, the signatory block…</source>
        <translation>서한의 본문입니다. 수신자 이름, 인사말, 서명 단체 목록 등은 ‘필드 삽입’으로 넣습니다…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>서식</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>굵게</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>기울임꼴</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>글머리 기호 목록</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>번호 매기기 목록</translation>
    </message>
    <message>
        <source>Align left</source>
        <translation>왼쪽 정렬</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>왼쪽</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>가운데</translation>
    </message>
    <message>
        <source>Align right</source>
        <translation>오른쪽 정렬</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>오른쪽</translation>
    </message>
    <message>
        <source>Justify</source>
        <translation>양쪽 정렬</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>필드 삽입</translation>
    </message>
    <message>
        <source>Insert a merge field at the cursor</source>
        <translation>커서 위치에 병합 필드를 삽입합니다</translation>
    </message>
    <message>
        <source>Problems in the letter&apos;s fields</source>
        <translation>서한 필드의 문제</translation>
    </message>
    <message>
        <source>Text only when a field is set</source>
        <translation>필드 값이 있을 때만 나오는 글</translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message>
        <source>Change Many Records</source>
        <translation>여러 기록 한꺼번에 변경</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected record(s)</source>
        <translation>
            <numerusform>선택한 기록 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n record(s) the search and filters show</source>
        <translation>
            <numerusform>검색과 필터로 표시된 기록 전체 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>변경할 항목</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>태그 이름</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>새 값</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>None (international)</source>
        <translation>없음(국제)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>서한</translation>
    </message>
    <message>
        <source>Status from</source>
        <translation>상태 적용일</translation>
    </message>
    <message>
        <source>e.g. General assembly of 20 November</source>
        <translation>예: 11월 20일 총회</translation>
    </message>
    <message>
        <source>Note in the membership history</source>
        <translation>회원 자격 이력에 남길 메모</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>기록:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>변경:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>새 값:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>적용일:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>메모:</translation>
    </message>
    <message>
        <source>How many records change</source>
        <translation>바뀌는 기록 수</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>태그 추가</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>태그 제거</translation>
    </message>
    <message>
        <source>Own field: {label}</source>
        <translation>자체 필드: {label}</translation>
    </message>
    <message>
        <source>Put on a letter as recipients</source>
        <translation>서한에 수신자로 넣기</translation>
    </message>
    <message>
        <source>Put on a letter as signatories</source>
        <translation>서한에 서명 단체로 넣기</translation>
    </message>
    <message>
        <source>Membership status</source>
        <translation>회원 상태</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Do not share with partners</source>
        <translation>파트너와 공유 안 함</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>민감도</translation>
    </message>
    <message>
        <source>Do not mail</source>
        <translation>우편 발송 안 함</translation>
    </message>
    <message>
        <source>Do not e-mail</source>
        <translation>이메일 발송 안 함</translation>
    </message>
    <message>
        <source>(empty: clear the field)</source>
        <translation>(비우면 필드를 지움)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; empty: clear the field</source>
        <translation>YYYY-MM-DD, 비우면 필드를 지움</translation>
    </message>
    <message>
        <source>Empty: clear the field</source>
        <translation>비우면 필드를 지움</translation>
    </message>
    <message numerus="yes">
        <source>{changing} of the %n chosen record(s) will change.</source>
        <translation>
            <numerusform>선택한 기록 %n개 중 {changing}개가 바뀝니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{adding} of the %n chosen record(s) will be put on the letter.</source>
        <translation>
            <numerusform>선택한 기록 %n개 중 {adding}개가 서한에 추가됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No records are chosen.</source>
        <translation>선택한 기록이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Change %n record(s)</source>
        <translation>
            <numerusform>기록 %n개 변경</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no letter yet.</source>
        <translation>아직 서한이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n are on it already.</source>
        <translation>
            <numerusform>%n개는 이미 들어 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restricted contact(s) stay off it: the letter does not allow them.</source>
        <translation>
            <numerusform>제한된 연락처 %n명은 넣지 않습니다. 이 서한은 제한된 연락처를 허용하지 않습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n record(s)</source>
        <translation>
            <numerusform>기록 %n개 추가</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>작업하는 중…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>중지하는 중…</translation>
    </message>
</context>
<context>
    <name>ContactFilterBar</name>
    <message>
        <source>Organization</source>
        <translation>단체</translation>
    </message>
    <message>
        <source>Any organization</source>
        <translation>모든 단체</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>민감도</translation>
    </message>
    <message>
        <source>Any sensitivity</source>
        <translation>모든 민감도</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Restricted: never exported or shared unless explicitly included</source>
        <translation>제한: 명시적으로 포함하지 않는 한 내보내거나 공유하지 않습니다</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>기본 정보</translation>
    </message>
    <message>
        <source>Written as</source>
        <translation>표기</translation>
    </message>
    <message>
        <source>Letters open</source>
        <translation>서한 첫머리</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>단체</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>연락 정보</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>the new contact</source>
        <translation>새 연락처</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>새 연락처</translation>
    </message>
    <message>
        <source>Automatic: {salutation}</source>
        <translation>자동: {salutation}</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>{value} have no column {unknown!r}</source>
        <translation>{value}에는 {unknown!r} 열이 없습니다</translation>
    </message>
    <message>
        <source>Cannot export {value!r}: choose one of {choices}</source>
        <translation>{value!r}은(는) 내보낼 수 없습니다. 다음 중에서 선택하세요: {choices}</translation>
    </message>
    <message>
        <source>No export profile {name!r} for {value} (there are: {names})</source>
        <translation>{value}에 대한 내보내기 프로필 {name!r}이(가) 없습니다(있는 프로필: {names})</translation>
    </message>
    <message>
        <source>An export profile needs a name</source>
        <translation>내보내기 프로필에는 이름이 필요합니다</translation>
    </message>
    <message>
        <source>An export profile&apos;s name can have at most {max_name_length} letters</source>
        <translation>내보내기 프로필 이름은 최대 {max_name_length}자까지 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>{text!r} is a profile that comes with CoalitionDesk; choose another name</source>
        <translation>{text!r}은(는) CoalitionDesk에 포함된 프로필입니다. 다른 이름을 고르세요</translation>
    </message>
    <message>
        <source>{text!r} comes with CoalitionDesk and cannot be deleted</source>
        <translation>{text!r}은(는) CoalitionDesk에 포함되어 있어 삭제할 수 없습니다</translation>
    </message>
    <message>
        <source>No saved export profile {text!r} for {value}</source>
        <translation>{value}에 대해 저장된 내보내기 프로필 {text!r}이(가) 없습니다</translation>
    </message>
    <message>
        <source>{value} of the selected country codes are unknown</source>
        <translation>선택한 국가 코드 중 {value}개를 알 수 없습니다</translation>
    </message>
    <message>
        <source>Say which letter&apos;s signatories or recipients to export</source>
        <translation>어느 서한의 서명 단체나 수신자를 내보낼지 지정하세요</translation>
    </message>
    <message>
        <source>Could not write {target}: {error}; nothing was exported</source>
        <translation>{target}에 쓸 수 없습니다: {error}. 아무것도 내보내지 않았습니다</translation>
    </message>
    <message>
        <source>Export either the current filter or the selection, not both</source>
        <translation>현재 필터와 선택 항목 중 하나만 내보내세요</translation>
    </message>
    <message>
        <source>That filter does not apply to {value}</source>
        <translation>그 필터는 {value}에 적용되지 않습니다</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name</source>
        <translation>{path}은(는) 폴더입니다. 파일 이름을 고르세요</translation>
    </message>
    <message>
        <source>Cannot create a file in {parent}</source>
        <translation>{parent}에 파일을 만들 수 없습니다</translation>
    </message>
    <message>
        <source>{name} is neither an Excel workbook (.xlsx) nor a csv file (.csv)</source>
        <translation>{name}은(는) Excel 통합 문서(.xlsx)도 csv 파일(.csv)도 아닙니다</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist</source>
        <translation>{folder} 폴더가 없습니다</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder}은(는) 폴더가 아닙니다</translation>
    </message>
    <message>
        <source>{target} is a folder; choose a file name</source>
        <translation>{target}은(는) 폴더입니다. 파일 이름을 고르세요</translation>
    </message>
    <message>
        <source>{name} is open in another program; close it there and export again</source>
        <translation>{name}이(가) 다른 프로그램에서 열려 있습니다. 그 프로그램에서 닫고 다시 내보내세요</translation>
    </message>
    <message>
        <source>{target} is read-only; choose another file name</source>
        <translation>{target}은(는) 읽기 전용입니다. 다른 파일 이름을 고르세요</translation>
    </message>
    <message>
        <source>{name} was opened in another program during the export; close it there and export again</source>
        <translation>내보내는 동안 {name}이(가) 다른 프로그램에서 열렸습니다. 그 프로그램에서 닫고 다시 내보내세요</translation>
    </message>
    <message>
        <source>Cannot replace {target}: it is open in another program or read-only</source>
        <translation>{target}을(를) 바꿀 수 없습니다. 다른 프로그램에서 열려 있거나 읽기 전용입니다</translation>
    </message>
    <message>
        <source>Cannot replace {target}: {error}</source>
        <translation>{target}을(를) 바꿀 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Cannot write to the folder {parent}: permission denied</source>
        <translation>{parent} 폴더에 쓸 수 없습니다: 권한이 없습니다</translation>
    </message>
    <message>
        <source>Cannot write to the folder {parent}: {error}</source>
        <translation>{parent} 폴더에 쓸 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Cannot replace {target}: it is in use</source>
        <translation>{target}을(를) 바꿀 수 없습니다. 사용 중입니다</translation>
    </message>
    <message>
        <source>Cannot change a country&apos;s {value}</source>
        <translation>국가의 {value}은(는) 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>An alias cannot be empty</source>
        <translation>별칭은 비워 둘 수 없습니다</translation>
    </message>
    <message>
        <source>{text!r} already means {taken}</source>
        <translation>{text!r}은(는) 이미 {taken}을(를) 뜻합니다</translation>
    </message>
    <message>
        <source>A country&apos;s {name} cannot be empty</source>
        <translation>국가의 {name}은(는) 비워 둘 수 없습니다</translation>
    </message>
    <message>
        <source>No import with id {batch_id}</source>
        <translation>ID가 {batch_id}인 가져오기가 없습니다</translation>
    </message>
    <message>
        <source>The import of {source} was already undone</source>
        <translation>{source} 가져오기는 이미 취소되었습니다</translation>
    </message>
    <message>
        <source>Row {number}: the record it updates was deleted since the preview; check the file again</source>
        <translation>{number}행: 이 행이 갱신하는 레코드가 미리 보기 이후 삭제되었습니다. 파일을 다시 확인하세요</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>missing name</source>
        <translation>이름 없음</translation>
    </message>
    <message>
        <source>unknown country: {text}</source>
        <translation>알 수 없는 국가: {text}</translation>
    </message>
    <message>
        <source>no country given: {text}</source>
        <translation>국가가 없음: {text}</translation>
    </message>
    <message>
        <source>two countries: {first} and {text}</source>
        <translation>국가가 둘임: {first}, {text}</translation>
    </message>
    <message>
        <source>not a CoalitionDesk ID: {text}</source>
        <translation>CoalitionDesk ID가 아님: {text}</translation>
    </message>
    <message>
        <source>The mapping has {count} columns; the file has {width}</source>
        <translation>매핑에는 열이 {count}개 있지만 파일에는 {width}개 있습니다</translation>
    </message>
    <message>
        <source>No column is imported as a name ({labels})</source>
        <translation>이름({labels})으로 가져오는 열이 없습니다</translation>
    </message>
    <message>
        <source>{key!r} is not a field of {value}</source>
        <translation>{key!r}은(는) {value}의 필드가 아닙니다</translation>
    </message>
    <message>
        <source>Two columns are imported as {label}</source>
        <translation>두 열을 {label}(으)로 가져오고 있습니다</translation>
    </message>
    <message>
        <source>same as row {row}</source>
        <translation>{row}행과 같음</translation>
    </message>
    <message>
        <source>updates the same record as row {row}</source>
        <translation>{row}행과 같은 기록을 업데이트합니다</translation>
    </message>
    <message>
        <source>a person: imported as a contact</source>
        <translation>개인: 연락처로 가져옵니다</translation>
    </message>
    <message>
        <source>a person, not an organization</source>
        <translation>단체가 아닌 개인</translation>
    </message>
    <message>
        <source>the organization {name} is not stored; a close one is: {record}</source>
        <translation>단체 {name}은(는) 저장되어 있지 않습니다. 비슷한 단체: {record}</translation>
    </message>
    <message>
        <source>kept the stored record</source>
        <translation>저장된 레코드를 유지함</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>가져오지 않음</translation>
    </message>
    <message>
        <source>possible duplicate of {record} ({why}, score {score})</source>
        <translation>{record}와(과) 중복일 수 있음({why}, 점수 {score})</translation>
    </message>
    <message>
        <source>{name} is not a readable Excel workbook: it is damaged, incomplete or another kind of file</source>
        <translation>{name}은(는) 읽을 수 있는 Excel 통합 문서가 아닙니다. 손상되었거나 불완전하거나 다른 종류의 파일입니다</translation>
    </message>
    <message>
        <source>{name} unpacks to far more data than a workbook holds and was refused as a possible zip bomb</source>
        <translation>{name}은(는) 압축을 풀면 통합 문서보다 훨씬 많은 데이터가 되어 zip 폭탄일 수 있으므로 거부했습니다</translation>
    </message>
    <message>
        <source>{name}{where} spans {rows:,} rows by {columns:,} columns, {value:,} cells; an import reads at most {max_cells:,}: remove the columns it does not need</source>
        <translation>{name}{where}은(는) {rows:,}행 × {columns:,}열, {value:,}개 셀입니다. 가져오기는 최대 {max_cells:,}개 셀까지 읽습니다. 필요 없는 열을 지우세요</translation>
    </message>
    <message>
        <source>{name} has no sheet named {sheet!r} (it has {listed})</source>
        <translation>{name}에는 {sheet!r} 시트가 없습니다(있는 시트: {listed})</translation>
    </message>
    <message>
        <source>There is nothing to import in the pasted text</source>
        <translation>붙여 넣은 텍스트에 가져올 것이 없습니다</translation>
    </message>
    <message>
        <source>{name} is protected by a password; save a copy without it</source>
        <translation>{name}은(는) 암호로 보호되어 있습니다. 암호 없이 사본을 저장하세요</translation>
    </message>
    <message>
        <source>{name} could not be read in the time a workbook of its size takes; it is damaged, or too large: split it into smaller files</source>
        <translation>{name}을(를) 그 크기의 통합 문서에 걸리는 시간 안에 읽지 못했습니다. 손상되었거나 너무 큽니다. 더 작은 파일로 나누세요</translation>
    </message>
    <message>
        <source>{name} cannot be read: the spreadsheet reader did not start</source>
        <translation>{name}을(를) 읽을 수 없습니다: 스프레드시트 읽기 프로그램이 시작되지 않았습니다</translation>
    </message>
    <message>
        <source>{name}{where} has {rows:,} rows; an import reads at most {max_rows:,}: split it into smaller files</source>
        <translation>{name}{where}에는 {rows:,}행이 있습니다. 가져오기는 최대 {max_rows:,}행까지 읽습니다. 더 작은 파일로 나누세요</translation>
    </message>
    <message>
        <source>{name} has no worksheet</source>
        <translation>{name}에는 워크시트가 없습니다</translation>
    </message>
    <message>
        <source>{name} does not look like a text or csv file</source>
        <translation>{name}은(는) 텍스트나 csv 파일로 보이지 않습니다</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name}은(는) 비어 있습니다</translation>
    </message>
    <message>
        <source>{name} has no names in it</source>
        <translation>{name}에는 이름이 없습니다</translation>
    </message>
    <message>
        <source>{name} has merged cells that overlap, which spreadsheets do not write; it is damaged</source>
        <translation>{name}에는 스프레드시트가 만들지 않는 겹친 병합 셀이 있습니다. 손상된 파일입니다</translation>
    </message>
    <message>
        <source>{name} has no rows to import</source>
        <translation>{name}에는 가져올 행이 없습니다</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file</source>
        <translation>{name}은(는) 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>{name} is {value:.0f} MB, more than the {value2} MB an import accepts; split it into smaller files</source>
        <translation>{name}은(는) {value:.0f}MB로 가져오기 한도인 {value2}MB보다 큽니다. 더 작은 파일로 나누세요</translation>
    </message>
    <message>
        <source>There is no file {path}</source>
        <translation>{path} 파일이 없습니다</translation>
    </message>
    <message>
        <source>{name} cannot be read: permission denied</source>
        <translation>{name}을(를) 읽을 수 없습니다: 권한이 없습니다</translation>
    </message>
    <message>
        <source>{name} cannot be read: {value}</source>
        <translation>{name}을(를) 읽을 수 없습니다: {value}</translation>
    </message>
    <message>
        <source>{name} refers to column {letters} of sheet {sheet!r}, beyond the last column a spreadsheet has (XFD); it is damaged</source>
        <translation>{name}은(는) {sheet!r} 시트의 {letters} 열을 가리키는데, 이는 스프레드시트의 마지막 열(XFD)보다 뒤입니다. 손상된 파일입니다</translation>
    </message>
    <message>
        <source>{name} refers to row {shown} of sheet {sheet!r}, beyond the last row a spreadsheet has ({sheet_rows:,}); it is damaged</source>
        <translation>{name}은(는) {sheet!r} 시트의 {shown}행을 가리키는데, 이는 스프레드시트의 마지막 행({sheet_rows:,})보다 뒤입니다. 손상된 파일입니다</translation>
    </message>
    <message>
        <source>{name} has a cell at {reference} of sheet {sheet!r}, far beyond a member list: an import reads at most {max_rows:,} rows and {max_cells:,} cells</source>
        <translation>{name}의 {sheet!r} 시트 {reference}에 회원 목록보다 훨씬 먼 셀이 있습니다. 가져오기는 최대 {max_rows:,}행, {max_cells:,}개 셀까지 읽습니다</translation>
    </message>
    <message>
        <source>{used!r} is not an encoding CoalitionDesk knows</source>
        <translation>{used!r}은(는) CoalitionDesk가 아는 인코딩이 아닙니다</translation>
    </message>
    <message>
        <source>{name} is not a readable csv file</source>
        <translation>{name}은(는) 읽을 수 있는 csv 파일이 아닙니다</translation>
    </message>
    <message>
        <source>{name} contains XML entity declarations, which workbooks never need; it was refused as unsafe</source>
        <translation>{name}에는 통합 문서에 필요 없는 XML 엔터티 선언이 있어 안전하지 않으므로 거부했습니다</translation>
    </message>
    <message>
        <source>{name} contains unsafe XML and was refused</source>
        <translation>{name}에 안전하지 않은 XML이 있어 거부했습니다</translation>
    </message>
    <message>
        <source>{name} cannot be read as {encoding}</source>
        <translation>{name}을(를) {encoding}(으)로 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>{name}: a cell starting on line {value:,} is longer than {limit:,} characters, more than an import takes (a quotation mark left open joins the lines after it into one cell)</source>
        <translation>{name}: {value:,}행에서 시작하는 셀이 {limit:,}자보다 길어 가져올 수 있는 길이를 넘습니다(닫히지 않은 따옴표가 뒤의 줄들을 한 셀로 합칩니다)</translation>
    </message>
    <message>
        <source>not yes or no: {text}</source>
        <translation>예/아니요가 아님: {text}</translation>
    </message>
    <message>
        <source>not a date: {serial}</source>
        <translation>날짜가 아님: {serial}</translation>
    </message>
    <message>
        <source>ambiguous date: {text} (write it as {year}-MM-DD)</source>
        <translation>모호한 날짜: {text}({year}-MM-DD 형식으로 쓰세요)</translation>
    </message>
    <message>
        <source>not a date: {text}</source>
        <translation>날짜가 아님: {text}</translation>
    </message>
    <message>
        <source>not a {what}: {text} (one of {choices})</source>
        <translation>{what}이(가) 아님: {text}({choices} 중 하나)</translation>
    </message>
    <message>
        <source>invalid email: {text}</source>
        <translation>잘못된 이메일 주소: {text}</translation>
    </message>
    <message>
        <source>{what} was changed since you opened it, by {since}. Reload it, or apply your own edits on top of the new version.</source>
        <translation>{what}은(는) 연 뒤에 {since}에 의해 변경되었습니다. 다시 불러오거나, 새 버전 위에 내 수정 내용을 적용하세요.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>다른 프로그램</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>다시 실행할 것이 없습니다</translation>
    </message>
    <message>
        <source>“{shown}” was already undone</source>
        <translation>“{shown}”은(는) 이미 실행 취소되었습니다</translation>
    </message>
    <message>
        <source>“{shown}” is a record of what happened and cannot be undone</source>
        <translation>“{shown}”은(는) 일어난 일의 기록이므로 실행 취소할 수 없습니다</translation>
    </message>
    <message>
        <source>“{label}” cannot be undone: {problems}.</source>
        <translation>“{label}”을(를) 실행 취소할 수 없습니다: {problems}.</translation>
    </message>
    <message>
        <source>“{label}” cannot be undone: {problems}. Later changes: {named}. Undo those first.</source>
        <translation>“{label}”을(를) 실행 취소할 수 없습니다: {problems}. 이후 변경: {named}. 그것들을 먼저 실행 취소하세요.</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>실행 취소할 것이 없습니다</translation>
    </message>
    <message>
        <source>No change with ID {id} in the history</source>
        <translation>기록에 ID가 {id}인 변경이 없습니다</translation>
    </message>
    <message>
        <source>“{label}” cannot be undone: it concerns a record deleted since, whose details were erased from the history with it</source>
        <translation>“{label}”을(를) 실행 취소할 수 없습니다. 그 뒤에 삭제된 레코드에 관한 것이며, 그 세부 내용은 삭제와 함께 기록에서 지워졌습니다</translation>
    </message>
    <message>
        <source>Say how the letter was sent: {value}</source>
        <translation>서한을 보낸 방법을 지정하세요: {value}</translation>
    </message>
    <message>
        <source>No recipient with id {missing}</source>
        <translation>ID가 {missing}인 수신자가 없습니다</translation>
    </message>
    <message>
        <source>A recipient printed is no longer on this letter</source>
        <translation>인쇄한 수신자가 더 이상 이 서한에 없습니다</translation>
    </message>
    <message>
        <source>Margins must be between 0 and 80 mm</source>
        <translation>여백은 0~80mm 사이여야 합니다</translation>
    </message>
    <message>
        <source>The letterhead image must be a PNG file</source>
        <translation>레터헤드 이미지는 PNG 파일이어야 합니다</translation>
    </message>
    <message>
        <source>Not a country code: {country!r}</source>
        <translation>국가 코드가 아님: {country!r}</translation>
    </message>
    <message>
        <source>No {what} with id {missing}</source>
        <translation>ID가 {missing}인 {what}이(가) 없습니다</translation>
    </message>
    <message>
        <source>{what} would make a text or list longer than {limit:,} characters</source>
        <translation>{what}은(는) 텍스트나 목록을 {limit:,}자보다 길게 만듭니다</translation>
    </message>
    <message>
        <source>it takes more than {seconds:g} second to fill in (a repetition that does not end?)</source>
        <translation>채우는 데 {seconds:g}초보다 오래 걸립니다(끝나지 않는 반복이 있나요?)</translation>
    </message>
    <message>
        <source>it writes more than {limit:,} characters</source>
        <translation>{limit:,}자보다 많이 씁니다</translation>
    </message>
    <message>
        <source>so large a number</source>
        <translation>너무 큰 수</translation>
    </message>
    <message>
        <source>{what} is given {number}, more than a letter can use</source>
        <translation>{what}에 {number}이(가) 주어졌는데, 서한에 쓸 수 있는 것보다 큽니다</translation>
    </message>
    <message>
        <source>calls inside calls go more than {depth} deep (a macro or loop that calls itself?)</source>
        <translation>호출 안의 호출이 {depth}단계보다 깊습니다(자기 자신을 부르는 매크로나 반복이 있나요?)</translation>
    </message>
    <message>
        <source>The letter&apos;s text cannot be filled in: {reason}.</source>
        <translation>서한 본문을 채울 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>The letter uses the field “{name}”, which does not exist.</source>
        <translation>서한에 없는 필드 “{name}”을(를) 사용합니다.</translation>
    </message>
    <message>
        <source>The letter&apos;s text does what letters may not do: {limit}.</source>
        <translation>서한 본문이 서한에서 할 수 없는 일을 합니다: {limit}.</translation>
    </message>
    <message>
        <source>The letter&apos;s text tries to run code, which templates may not do.</source>
        <translation>서한 본문이 코드를 실행하려 합니다. 서식에서는 할 수 없는 일입니다.</translation>
    </message>
    <message>
        <source>The letter&apos;s text puts conditions, repetitions or brackets inside each other too deeply.</source>
        <translation>서한 본문에서 조건, 반복, 괄호가 너무 깊게 중첩되어 있습니다.</translation>
    </message>
    <message>
        <source>The letter&apos;s text needs more memory than this computer has.</source>
        <translation>서한 본문에 이 컴퓨터의 메모리보다 많은 메모리가 필요합니다.</translation>
    </message>
    <message>
        <source>The letter&apos;s text tries to reach “{name}” on line {line}, which templates may not do.</source>
        <translation>서한 본문 {line}행에서 “{name}”에 접근하려 합니다. 서식에서는 할 수 없는 일입니다.</translation>
    </message>
    <message>
        <source>The letter uses the field “{name}”, which has no value.</source>
        <translation>서한에서 쓰는 필드 “{name}”에 값이 없습니다.</translation>
    </message>
    <message>
        <source>The letter&apos;s text has a mistake in a field or condition on line {line}: {detail}.</source>
        <translation>서한 본문 {line}행의 필드나 조건에 오류가 있습니다: {detail}.</translation>
    </message>
    <message>
        <source>An activity needs a subject</source>
        <translation>활동에는 제목이 필요합니다</translation>
    </message>
    <message>
        <source>No {what} with id {key}</source>
        <translation>ID가 {key}인 {what}이(가) 없습니다</translation>
    </message>
    <message>
        <source>Unknown field: {value}</source>
        <translation>알 수 없는 필드: {value}</translation>
    </message>
    <message>
        <source>{field}: contains a broken character (half of a character pair); retype it</source>
        <translation>{field}: 깨진 문자(문자 쌍의 절반)가 있습니다. 다시 입력하세요</translation>
    </message>
    <message>
        <source>Unknown country code: {code}</source>
        <translation>알 수 없는 국가 코드: {code}</translation>
    </message>
    <message>
        <source>Unknown kind of record: {kind}</source>
        <translation>알 수 없는 기록 유형: {kind}</translation>
    </message>
    <message>
        <source>{field} cannot be changed on many {kind}s at once</source>
        <translation>{field}은(는) 여러 {kind}에서 한꺼번에 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>A tag needs a name</source>
        <translation>태그에는 이름이 필요합니다</translation>
    </message>
    <message>
        <source>{field}: {value!r} is not one of {allowed}</source>
        <translation>{field}: {value!r}은(는) {allowed} 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>{field}: yes or no</source>
        <translation>{field}: 예 또는 아니요</translation>
    </message>
    <message>
        <source>A record cannot be a duplicate of itself</source>
        <translation>기록은 자기 자신의 중복일 수 없습니다</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself</source>
        <translation>기록은 자기 자신과 병합할 수 없습니다</translation>
    </message>
    <message>
        <source>A contact needs a given name, a family name or a native-script name</source>
        <translation>연락처에는 이름, 성 또는 현지 표기이 필요합니다</translation>
    </message>
    <message>
        <source>Contacts cannot be sorted by {sort!r}</source>
        <translation>연락처를 {sort!r} 기준으로 정렬할 수 없습니다</translation>
    </message>
    <message>
        <source>Unknown affiliation field: {value}</source>
        <translation>알 수 없는 소속 필드: {value}</translation>
    </message>
    <message>
        <source>An affiliation cannot end before it starts</source>
        <translation>소속은 시작하기 전에 끝날 수 없습니다</translation>
    </message>
    <message>
        <source>A letter needs a title</source>
        <translation>서한에는 제목이 필요합니다</translation>
    </message>
    <message>
        <source>There is already a letter titled {text!r}</source>
        <translation>제목이 {text!r}인 서한이 이미 있습니다</translation>
    </message>
    <message>
        <source>No letter titled {title!r}</source>
        <translation>제목이 {title!r}인 서한이 없습니다</translation>
    </message>
    <message>
        <source>That organization is no longer on this letter&apos;s list</source>
        <translation>그 단체는 더 이상 이 서한의 목록에 없습니다</translation>
    </message>
    <message>
        <source>That recipient is no longer on this letter</source>
        <translation>그 수신자는 더 이상 이 서한에 없습니다</translation>
    </message>
    <message>
        <source>That organization is already on the letter&apos;s list</source>
        <translation>그 단체는 이미 서한의 목록에 있습니다</translation>
    </message>
    <message>
        <source>The new order must list each of the letter&apos;s signatories once</source>
        <translation>새 순서에는 서한의 서명 단체가 각각 한 번씩 있어야 합니다</translation>
    </message>
    <message>
        <source>A recipient is either a contact or an organization</source>
        <translation>수신자는 연락처이거나 단체입니다</translation>
    </message>
    <message>
        <source>Not a signature status: {value!r} (one of {choices})</source>
        <translation>서명 상태가 아님: {value!r}({choices} 중 하나)</translation>
    </message>
    <message>
        <source>Place {position} on the letter&apos;s list is taken</source>
        <translation>서한 목록의 {position}번 자리는 이미 차 있습니다</translation>
    </message>
    <message>
        <source>A letter already sent keeps its signatory lines as signed</source>
        <translation>이미 보낸 서한은 서명 단체 줄을 서명 당시 그대로 유지합니다</translation>
    </message>
    <message>
        <source>An organization needs a name</source>
        <translation>단체에는 이름이 필요합니다</translation>
    </message>
    <message>
        <source>Organizations cannot be sorted by {sort!r}</source>
        <translation>단체를 {sort!r} 기준으로 정렬할 수 없습니다</translation>
    </message>
    <message>
        <source>The activity “{subject}” has no follow-up</source>
        <translation>활동 “{subject}”에는 후속 조치가 없습니다</translation>
    </message>
    <message>
        <source>A timeline is of one organization or one contact</source>
        <translation>타임라인은 한 단체나 한 연락처에 대한 것입니다</translation>
    </message>
    <message>
        <source>{typed} is not a valid phone number {where}</source>
        <translation>{typed}은(는) {where} 유효한 전화번호가 아닙니다</translation>
    </message>
    <message>
        <source>{typed} does not look like a phone number</source>
        <translation>{typed}은(는) 전화번호로 보이지 않습니다</translation>
    </message>
    <message>
        <source>in {country}</source>
        <translation>{country}에서</translation>
    </message>
    <message>
        <source>{value} is not a date; write it as YYYY-MM-DD</source>
        <translation>{value}은(는) 날짜가 아닙니다. YYYY-MM-DD 형식으로 쓰세요</translation>
    </message>
    <message>
        <source>{value} is not yes or no</source>
        <translation>{value}은(는) 예/아니요가 아닙니다</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value}은(는) 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>The e-mail address is empty</source>
        <translation>이메일 주소가 비어 있습니다</translation>
    </message>
    <message>
        <source>The e-mail address is missing an @</source>
        <translation>이메일 주소에 @가 없습니다</translation>
    </message>
    <message>
        <source>The e-mail address has more than one @</source>
        <translation>이메일 주소에 @가 둘 이상 있습니다</translation>
    </message>
    <message>
        <source>The e-mail address has nothing before the @</source>
        <translation>이메일 주소의 @ 앞에 아무것도 없습니다</translation>
    </message>
    <message>
        <source>The e-mail address has nothing after the @</source>
        <translation>이메일 주소의 @ 뒤에 아무것도 없습니다</translation>
    </message>
    <message>
        <source>The e-mail address contains a space</source>
        <translation>이메일 주소에 공백이 있습니다</translation>
    </message>
    <message>
        <source>The part after the @ in the e-mail address needs a dot, as in example.org</source>
        <translation>이메일 주소의 @ 뒷부분에는 example.org처럼 점이 있어야 합니다</translation>
    </message>
    <message>
        <source>The phone number is empty</source>
        <translation>전화번호가 비어 있습니다</translation>
    </message>
    <message>
        <source>Start {typed} with + and the country calling code, or give the record a country, so that the number can be read</source>
        <translation>번호를 읽을 수 있도록 {typed} 앞에 +와 국가 번호를 붙이거나, 레코드에 국가를 지정하세요</translation>
    </message>
    <message>
        <source>{typed} is too short for a phone number {where}</source>
        <translation>{typed}은(는) {where} 전화번호로는 너무 짧습니다</translation>
    </message>
    <message>
        <source>{typed} is too long for a phone number {where}</source>
        <translation>{typed}은(는) {where} 전화번호로는 너무 깁니다</translation>
    </message>
    <message>
        <source>{typed} does not start with a country calling code that exists</source>
        <translation>{typed}은(는) 존재하는 국가 번호로 시작하지 않습니다</translation>
    </message>
    <message>
        <source>{typed} is too short for a phone number</source>
        <translation>{typed}은(는) 전화번호로는 너무 짧습니다</translation>
    </message>
    <message>
        <source>The phone number is too long</source>
        <translation>전화번호가 너무 깁니다</translation>
    </message>
    <message>
        <source>with this country calling code</source>
        <translation>이 국가 번호에서</translation>
    </message>
    <message>
        <source>The web address is empty</source>
        <translation>웹 주소가 비어 있습니다</translation>
    </message>
    <message>
        <source>The web address contains a space</source>
        <translation>웹 주소에 공백이 있습니다</translation>
    </message>
    <message>
        <source>{typed} looks like an e-mail address, not a web address</source>
        <translation>{typed}은(는) 웹 주소가 아니라 이메일 주소처럼 보입니다</translation>
    </message>
    <message>
        <source>A web address for a record should not contain a user name or password</source>
        <translation>레코드의 웹 주소에는 사용자 이름이나 암호가 없어야 합니다</translation>
    </message>
    <message>
        <source>{text} needs a site name with a dot in it, as in www.example.org</source>
        <translation>{text}에는 www.example.org처럼 점이 들어간 사이트 이름이 필요합니다</translation>
    </message>
    <message>
        <source>{text} is not a language code; use a code such as ko, ja, en or pt-BR</source>
        <translation>{text}은(는) 언어 코드가 아닙니다. ko, ja, en, pt-BR 같은 코드를 쓰세요</translation>
    </message>
    <message>
        <source>{text} is not a country code</source>
        <translation>{text}은(는) 국가 코드가 아닙니다</translation>
    </message>
    <message>
        <source>The date it left is before the date it joined</source>
        <translation>탈퇴 날짜가 가입 날짜보다 앞섭니다</translation>
    </message>
    <message>
        <source>Choose the organization</source>
        <translation>단체를 고르세요</translation>
    </message>
    <message>
        <source>The end date is before the start date</source>
        <translation>종료 날짜가 시작 날짜보다 앞섭니다</translation>
    </message>
    <message>
        <source>The e-mail address is not valid: {reason}</source>
        <translation>이메일 주소가 올바르지 않습니다: {reason}</translation>
    </message>
    <message>
        <source>The e-mail address contains characters that cannot be used</source>
        <translation>이메일 주소에 쓸 수 없는 문자가 있습니다</translation>
    </message>
    <message>
        <source>A web address must start with http:// or https://</source>
        <translation>웹 주소는 http:// 또는 https://로 시작해야 합니다</translation>
    </message>
    <message>
        <source>{text} is not a web address</source>
        <translation>{text}은(는) 웹 주소가 아닙니다</translation>
    </message>
    <message>
        <source>Choose a {what}</source>
        <translation>{what}을(를) 고르세요</translation>
    </message>
    <message>
        <source>Unknown field: {field}</source>
        <translation>알 수 없는 필드: {field}</translation>
    </message>
    <message>
        <source>{text} is missing the // after {scheme}:</source>
        <translation>{text}에는 {scheme}: 뒤의 //가 없습니다</translation>
    </message>
    <message>
        <source>{value} is not a {what}; choose one of {allowed}</source>
        <translation>{value}은(는) {what}이(가) 아닙니다. 다음 중에서 고르세요: {allowed}</translation>
    </message>
    <message>
        <source>There is no report {name!r}: choose one of {value}</source>
        <translation>{name!r} 보고서가 없습니다. 다음 중에서 고르세요: {value}</translation>
    </message>
    <message>
        <source>Could not write {target}: {error}</source>
        <translation>{target}에 쓸 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>{count} members in all</source>
        <translation>회원 단체 모두 {count}개</translation>
    </message>
    <message>
        <source>Only the {count} organizations of one saved group</source>
        <translation>저장된 그룹 하나의 단체 {count}개만</translation>
    </message>
    <message>
        <source>The {name} report cannot be limited to a group: only the reports about member organizations can</source>
        <translation>{name} 보고서는 그룹으로 제한할 수 없습니다. 회원 단체에 관한 보고서만 그룹으로 제한할 수 있습니다</translation>
    </message>
    <message>
        <source>Months in which no one joined or left are shown as one row.</source>
        <translation>가입하거나 탈퇴한 단체가 없는 달은 한 행으로 묶어 표시합니다.</translation>
    </message>
    <message>
        <source>Countries counts the signatories&apos; countries; international organizations are not counted as a country.</source>
        <translation>국가 수는 서명 단체의 국가를 셉니다. 국제단체는 국가로 세지 않습니다.</translation>
    </message>
    <message>
        <source>{database_path} is not a CoalitionDesk database; a backup is not restored over it</source>
        <translation>{database_path}은(는) CoalitionDesk 데이터베이스가 아니므로 그 위에 백업을 복원하지 않습니다</translation>
    </message>
    <message>
        <source>There is no database at {source} to back up</source>
        <translation>{source}에 백업할 데이터베이스가 없습니다</translation>
    </message>
    <message>
        <source>There is no backup file at {backup_file}</source>
        <translation>{backup_file}에 백업 파일이 없습니다</translation>
    </message>
    <message>
        <source>{backup_file} is damaged and cannot be restored ({detail})</source>
        <translation>{backup_file}은(는) 손상되어 복원할 수 없습니다({detail})</translation>
    </message>
    <message>
        <source>{backup_file} is not a CoalitionDesk backup</source>
        <translation>{backup_file}은(는) CoalitionDesk 백업이 아닙니다</translation>
    </message>
    <message>
        <source>{backup_file} was written by a newer version of CoalitionDesk; update CoalitionDesk to restore it</source>
        <translation>{backup_file}은(는) 더 새로운 버전의 CoalitionDesk로 만들어졌습니다. 복원하려면 CoalitionDesk를 업데이트하세요</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself</source>
        <translation>데이터베이스를 자기 자신에서 복원할 수 없습니다</translation>
    </message>
    <message>
        <source>{destination} already exists; choose a new file name</source>
        <translation>{destination}이(가) 이미 있습니다. 새 파일 이름을 고르세요</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist</source>
        <translation>{parent} 폴더가 없습니다</translation>
    </message>
    <message>
        <source>The backup of {source} failed its check ({problems}); older backups were kept</source>
        <translation>{source}의 백업이 검사를 통과하지 못했습니다({problems}). 이전 백업은 그대로 두었습니다</translation>
    </message>
    <message>
        <source>Could not write the backup {destination}: {exc}</source>
        <translation>백업 {destination}을(를) 쓸 수 없습니다: {exc}</translation>
    </message>
    <message>
        <source>Cannot read {source}: {exc}</source>
        <translation>{source}을(를) 읽을 수 없습니다: {exc}</translation>
    </message>
    <message>
        <source>Could not back up {source}: {exc}</source>
        <translation>{source}을(를) 백업할 수 없습니다: {exc}</translation>
    </message>
    <message>
        <source>Could not restore {database_path} from {backup_file}: {exc}</source>
        <translation>{backup_file}에서 {database_path}을(를) 복원할 수 없습니다: {exc}</translation>
    </message>
    <message>
        <source>Cannot create the backups folder {folder}: {value}</source>
        <translation>백업 폴더 {folder}을(를) 만들 수 없습니다: {value}</translation>
    </message>
    <message>
        <source>{database_path} is encrypted and this backup is not; encrypt the backup first or restore it to another file</source>
        <translation>{database_path}은(는) 암호화되어 있고 이 백업은 암호화되어 있지 않습니다. 먼저 백업을 암호화하거나 다른 파일로 복원하세요</translation>
    </message>
    <message>
        <source>This backup is encrypted and {database_path} is not; encrypt the database first or restore the backup to another file</source>
        <translation>이 백업은 암호화되어 있고 {database_path}은(는) 암호화되어 있지 않습니다. 먼저 데이터베이스를 암호화하거나 백업을 다른 파일로 복원하세요</translation>
    </message>
    <message>
        <source>{path} is encrypted: enter its passphrase</source>
        <translation>{path}은(는) 암호화되어 있습니다. 암호문을 입력하세요</translation>
    </message>
    <message>
        <source>That passphrase does not open {path}; nothing was changed</source>
        <translation>그 암호문으로는 {path}을(를) 열 수 없습니다. 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>A passphrase cannot be empty</source>
        <translation>암호문은 비워 둘 수 없습니다</translation>
    </message>
    <message>
        <source>{path} is already encrypted; to change its passphrase use rekey</source>
        <translation>{path}은(는) 이미 암호화되어 있습니다. 암호문을 바꾸려면 rekey를 사용하세요</translation>
    </message>
    <message>
        <source>{path} is not encrypted; encrypt it first</source>
        <translation>{path}은(는) 암호화되어 있지 않습니다. 먼저 암호화하세요</translation>
    </message>
    <message>
        <source>{path} is not encrypted; copy it as it is</source>
        <translation>{path}은(는) 암호화되어 있지 않습니다. 그대로 복사하세요</translation>
    </message>
    <message>
        <source>{to} already exists; choose a new file name</source>
        <translation>{to}이(가) 이미 있습니다. 새 파일 이름을 고르세요</translation>
    </message>
    <message>
        <source>The copy of {source} failed its check ({problem}); nothing was changed</source>
        <translation>{source}의 사본이 검사를 통과하지 못했습니다({problem}). 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>it was changed outside CoalitionDesk: restore a backup</source>
        <translation>CoalitionDesk 밖에서 변경되었습니다. 백업을 복원하세요</translation>
    </message>
    <message>
        <source>Cannot open {name}: {detail}</source>
        <translation>{name}을(를) 열 수 없습니다: {detail}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path}은(는) 데이터베이스 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>There is no database at {path}</source>
        <translation>{path}에 데이터베이스가 없습니다</translation>
    </message>
    <message>
        <source>it was moved aside as damaged, to {moved}</source>
        <translation>손상되어 {moved}(으)로 옮겨 두었습니다</translation>
    </message>
    <message>
        <source>the file is missing, although it has backups</source>
        <translation>백업은 있지만 파일이 없습니다</translation>
    </message>
    <message>
        <source>There is no database at {path}: {problem}; the newest good backup is {good}; a new, empty database is not made in its place while its backups are in {folder}</source>
        <translation>{path}에 데이터베이스가 없습니다: {problem}. 가장 최근의 정상 백업은 {good}입니다. 백업이 {folder}에 있는 동안에는 그 자리에 새 빈 데이터베이스를 만들지 않습니다</translation>
    </message>
    <message>
        <source>it was moved aside, untouched, to {moved}</source>
        <translation>손대지 않은 채 {moved}(으)로 옮겨 두었습니다</translation>
    </message>
    <message>
        <source>it was left as it is</source>
        <translation>그대로 두었습니다</translation>
    </message>
    <message>
        <source>the newest good backup is {good}</source>
        <translation>가장 최근의 정상 백업은 {good}입니다</translation>
    </message>
    <message>
        <source>there is no backup of it</source>
        <translation>백업이 없습니다</translation>
    </message>
    <message>
        <source>{path} is damaged: {problem}; {where}; {backed_up}</source>
        <translation>{path}이(가) 손상되었습니다: {problem}. {where}. {backed_up}</translation>
    </message>
    <message>
        <source>{name} is not a CoalitionDesk database</source>
        <translation>{name}은(는) CoalitionDesk 데이터베이스가 아닙니다</translation>
    </message>
    <message>
        <source>{name} records {count} schema versions ({value}) where there is one; {changed_outside}</source>
        <translation>{name}에는 스키마 버전이 하나여야 하는데 {count}개({value}) 기록되어 있습니다. {changed_outside}</translation>
    </message>
    <message>
        <source>{display_name} is not a CoalitionDesk database</source>
        <translation>{display_name}은(는) CoalitionDesk 데이터베이스가 아닙니다</translation>
    </message>
    <message>
        <source>CoalitionDesk cannot use {backend} databases</source>
        <translation>CoalitionDesk는 {backend} 데이터베이스를 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>The {backend} driver ({value}) is not installed here</source>
        <translation>{backend} 드라이버({value})가 이 컴퓨터에 설치되어 있지 않습니다</translation>
    </message>
    <message>
        <source>{name} is labelled schema version {versions}, but it already has parts of a later version ({value}); {changed_outside}</source>
        <translation>{name}은(는) 스키마 버전 {versions}(으)로 표시되어 있지만 이미 이후 버전의 일부({value})가 있습니다. {changed_outside}</translation>
    </message>
    <message>
        <source>{name} is not a CoalitionDesk database or is damaged</source>
        <translation>{name}은(는) CoalitionDesk 데이터베이스가 아니거나 손상되었습니다</translation>
    </message>
    <message>
        <source>Cannot open {name}: check that it exists and is readable</source>
        <translation>{name}을(를) 열 수 없습니다. 파일이 있고 읽을 수 있는지 확인하세요</translation>
    </message>
    <message>
        <source>Not a database address: {text}</source>
        <translation>데이터베이스 주소가 아님: {text}</translation>
    </message>
    <message>
        <source>Cannot open {path}: SQLite needs to create {file}-wal and {file}-shm beside it, and the folder {folder} is read-only; copy the database to a folder you can write to</source>
        <translation>{path}을(를) 열 수 없습니다. SQLite는 그 옆에 {file}-wal과 {file}-shm을 만들어야 하는데 {folder} 폴더가 읽기 전용입니다. 쓸 수 있는 폴더로 데이터베이스를 복사하세요</translation>
    </message>
    <message>
        <source>{display_name} was written by a newer version of CoalitionDesk; update CoalitionDesk to open it</source>
        <translation>{display_name}은(는) 더 새로운 버전의 CoalitionDesk로 만들어졌습니다. 열려면 CoalitionDesk를 업데이트하세요</translation>
    </message>
    <message>
        <source>The path “{path}” is {whole:,} bytes long; file systems take paths of at most {path_max:,} bytes</source>
        <translation>경로 “{path}”의 길이는 {whole:,}바이트입니다. 파일 시스템은 최대 {path_max:,}바이트 경로만 받습니다</translation>
    </message>
    <message>
        <source>The {noun} name “{part}” is {size:,} bytes long; file systems take names of at most {name_max} bytes: choose a shorter name</source>
        <translation>{noun} 이름 “{part}”의 길이는 {size:,}바이트입니다. 파일 시스템은 최대 {name_max}바이트 이름만 받습니다. 더 짧은 이름을 고르세요</translation>
    </message>
    <message>
        <source>{path} is open in {holder}; close it there first, or wait until it is closed</source>
        <translation>{path}이(가) {holder}에서 열려 있습니다. 먼저 거기서 닫거나 닫힐 때까지 기다리세요</translation>
    </message>
    <message>
        <source>Cannot open {database_path} for writing: the lock file {name} cannot be created there ({value})</source>
        <translation>{database_path}을(를) 쓰기용으로 열 수 없습니다: 그곳에 잠금 파일 {name}을(를) 만들 수 없습니다({value})</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count}바이트</translation>
    </message>
    <message>
        <source>{count} KB</source>
        <translation>{count}KB</translation>
    </message>
    <message>
        <source>{count} MB</source>
        <translation>{count}MB</translation>
    </message>
    <message>
        <source>Attachments belong to an organization, contact, letter or activity, not {kind!r}</source>
        <translation>첨부 파일은 단체, 연락처, 서한 또는 활동에 속하며 {kind!r}에는 속할 수 없습니다</translation>
    </message>
    <message>
        <source>An attachment needs a file name</source>
        <translation>첨부 파일에는 파일 이름이 필요합니다</translation>
    </message>
    <message>
        <source>An attachment&apos;s name cannot hold a NUL character</source>
        <translation>첨부 파일 이름에는 NUL 문자를 넣을 수 없습니다</translation>
    </message>
    <message>
        <source>“{name}” is {size} MB: attachments are limited to {limit} MB each</source>
        <translation>“{name}”은(는) {size}MB입니다. 첨부 파일은 하나에 {limit}MB까지입니다</translation>
    </message>
    <message>
        <source>No {kind} called “{name}”</source>
        <translation>“{name}”(이)라는 {kind}이(가) 없습니다</translation>
    </message>
    <message>
        <source>{count} records of kind {kind} are called “{name}”: name one by its id, as #{first}</source>
        <translation>{kind} 유형의 기록 {count}개의 이름이 “{name}”입니다. #{first}처럼 ID로 지정하세요</translation>
    </message>
    <message>
        <source>The file “{name}” was erased with the record it belonged to</source>
        <translation>파일 “{name}”은(는) 해당 기록과 함께 지워졌습니다</translation>
    </message>
    <message>
        <source>The file “{name}” is damaged in the database: restore a backup</source>
        <translation>데이터베이스 안의 파일 “{name}”이(가) 손상되었습니다. 백업을 복원하세요</translation>
    </message>
    <message>
        <source>{path} is not a folder</source>
        <translation>{path}은(는) 폴더가 아닙니다</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path}을(를) 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path}에 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>{name} ({kind}, search): {count}</source>
        <translation>{name}({kind}, 검색): {count}</translation>
    </message>
    <message>
        <source>{name} ({kind}, hand-picked): {count}</source>
        <translation>{name}({kind}, 직접 선택): {count}</translation>
    </message>
    <message>
        <source>{name} ({kind}, search): its filters name an own field removed since</source>
        <translation>{name}({kind}, 검색): 필터가 그 뒤 제거된 자체 필드를 가리킵니다</translation>
    </message>
    <message>
        <source>A group holds organizations or contacts, not {kind!r}</source>
        <translation>그룹에는 단체나 연락처가 들어가며 {kind!r}은(는) 들어갈 수 없습니다</translation>
    </message>
    <message>
        <source>A group needs a name</source>
        <translation>그룹에는 이름이 필요합니다</translation>
    </message>
    <message>
        <source>A group&apos;s name cannot hold a NUL character</source>
        <translation>그룹 이름에는 NUL 문자를 넣을 수 없습니다</translation>
    </message>
    <message>
        <source>A group is either a search or a hand-picked list, not both</source>
        <translation>그룹은 검색이거나 직접 선택한 목록 중 하나이며, 둘 다일 수는 없습니다</translation>
    </message>
    <message>
        <source>Only a hand-picked group lists its records</source>
        <translation>직접 선택한 그룹만 기록을 나열합니다</translation>
    </message>
    <message>
        <source>The filter is not one for {kind} records</source>
        <translation>이 필터는 {kind} 기록용이 아닙니다</translation>
    </message>
    <message>
        <source>Both an organization group and a contact group are called “{name}”: say which kind</source>
        <translation>단체 그룹과 연락처 그룹 모두 이름이 “{name}”입니다. 어느 쪽인지 지정하세요</translation>
    </message>
    <message>
        <source>No group called “{name}”</source>
        <translation>“{name}”(이)라는 그룹이 없습니다</translation>
    </message>
    <message>
        <source>No group with id {id}</source>
        <translation>ID가 {id}인 그룹이 없습니다</translation>
    </message>
    <message>
        <source>No {kind} with id {id}</source>
        <translation>ID가 {id}인 {kind}이(가) 없습니다</translation>
    </message>
    <message>
        <source>“{name}” is a saved search: its records are those its filters find</source>
        <translation>“{name}”은(는) 저장된 검색입니다. 그 기록은 필터가 찾은 기록입니다</translation>
    </message>
    <message>
        <source>There is already a group called “{name}”</source>
        <translation>“{name}”(이)라는 그룹이 이미 있습니다</translation>
    </message>
    <message>
        <source>A search within a group cannot be saved as a group of its own: show all records first, or add them to a hand-picked group</source>
        <translation>그룹 안에서 한 검색은 별도의 그룹으로 저장할 수 없습니다. 먼저 모든 기록을 표시하거나, 직접 선택 그룹에 추가하세요</translation>
    </message>
    <message>
        <source>“{name}” is a group of {group_kind} records, not {kind} records</source>
        <translation>“{name}”은(는) {kind} 기록이 아니라 {group_kind} 기록의 그룹입니다</translation>
    </message>
    <message>
        <source>A record goes on a letter as a signatory or a recipient, not {value!r}</source>
        <translation>기록은 서명 단체나 수신자로 서한에 들어갑니다. {value!r}(으)로는 들어갈 수 없습니다</translation>
    </message>
    <message>
        <source>Only organizations sign a letter, not {kind}s</source>
        <translation>서한에 서명하는 것은 단체뿐이며 {kind}은(는) 서명할 수 없습니다</translation>
    </message>
    <message>
        <source>No export language {value!r}: choose one of {choices}</source>
        <translation>내보내기 언어 {value!r}이(가) 없습니다. {choices} 중에서 선택하세요</translation>
    </message>
    <message>
        <source>{field} is no longer a field</source>
        <translation>{field}은(는) 더 이상 필드가 아닙니다</translation>
    </message>
    <message>
        <source>a tag contains a NUL character (an invisible control character, which cannot be stored): {text}</source>
        <translation>태그에 NUL 문자(저장할 수 없는 보이지 않는 제어 문자)가 들어 있습니다: {text}</translation>
    </message>
    <message>
        <source>{name} holds no vCard</source>
        <translation>{name}에 vCard가 없습니다</translation>
    </message>
    <message>
        <source>{name} is not a vCard file that can be read ({problem})</source>
        <translation>{name}은(는) 읽을 수 있는 vCard 파일이 아닙니다({problem})</translation>
    </message>
    <message>
        <source>{address} is not an e-mail address to send from</source>
        <translation>{address}은(는) 보내는 사람으로 쓸 수 있는 이메일 주소가 아닙니다</translation>
    </message>
    <message>
        <source>{where} refused the test message to {address} ({reply})</source>
        <translation>{where}이(가) {address}(으)로 보내는 테스트 메시지를 거부했습니다({reply})</translation>
    </message>
    <message>
        <source>{where} refused the test message ({reply})</source>
        <translation>{where}이(가) 테스트 메시지를 거부했습니다({reply})</translation>
    </message>
    <message>
        <source>The connection to {where} broke off ({reason})</source>
        <translation>{where}과(와)의 연결이 끊겼습니다({reason})</translation>
    </message>
    <message>
        <source>The mail server {where} refused the sender address {sender} ({reply})</source>
        <translation>메일 서버 {where}이(가) 보내는 사람 주소 {sender}을(를) 거부했습니다({reply})</translation>
    </message>
    <message>
        <source>The connection to {where} broke off ({reason}); {name} and those after were not sent: run it again to go on</source>
        <translation>{where}과(와)의 연결이 끊겼습니다({reason}). {name} 및 그 뒤의 메시지는 보내지 않았습니다. 다시 실행하면 이어서 보냅니다</translation>
    </message>
    <message>
        <source>The connection to {where} broke off while sending to {name} ({reason}): whether it arrived is uncertain; check your sent folder</source>
        <translation>{name}에게 보내는 중에 {where}과(와)의 연결이 끊겼습니다({reason}). 도착했는지 확실하지 않으니 보낸 편지함을 확인하세요</translation>
    </message>
    <message>
        <source>No password for {user} at {host}: keep it in the system keyring, give it in {variable}, or run the command on a terminal</source>
        <translation>{host}의 {user} 비밀번호가 없습니다. 시스템 키링에 보관하거나, {variable}에 지정하거나, 터미널에서 명령을 실행하세요</translation>
    </message>
    <message>
        <source>Say which mail server to send through (host:port)</source>
        <translation>보낼 때 사용할 메일 서버를 지정하세요(host:port)</translation>
    </message>
    <message>
        <source>A password is never sent to a mail server without encryption: use starttls or tls</source>
        <translation>비밀번호는 암호화 없이 메일 서버로 보내지 않습니다. starttls 또는 tls를 사용하세요</translation>
    </message>
    <message>
        <source>Messages per minute cannot be negative</source>
        <translation>분당 메시지 수는 음수일 수 없습니다</translation>
    </message>
    <message>
        <source>The certificate of {where} could not be checked ({reason}); nothing was sent</source>
        <translation>{where}의 인증서를 확인할 수 없습니다({reason}). 아무것도 보내지 않았습니다</translation>
    </message>
    <message>
        <source>{where} does not offer STARTTLS; nothing was sent</source>
        <translation>{where}은(는) STARTTLS를 지원하지 않습니다. 아무것도 보내지 않았습니다</translation>
    </message>
    <message>
        <source>{where} refused the user name or password ({reply}); nothing was sent</source>
        <translation>{where}이(가) 사용자 이름이나 비밀번호를 거부했습니다({reply}). 아무것도 보내지 않았습니다</translation>
    </message>
    <message>
        <source>Could not reach the mail server {where} ({reason}); nothing was sent</source>
        <translation>메일 서버 {where}에 연결할 수 없습니다({reason}). 아무것도 보내지 않았습니다</translation>
    </message>
    <message>
        <source>Custom fields belong to organizations or contacts, not {value}</source>
        <translation>사용자 정의 필드는 단체나 연락처에 속하며 {value}에는 속할 수 없습니다</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed}</source>
        <translation>{value}은(는) {allowed} 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>A custom field needs a name</source>
        <translation>사용자 정의 필드에는 이름이 필요합니다</translation>
    </message>
    <message>
        <source>{label} is already a field of every {value}</source>
        <translation>{label}은(는) 이미 모든 {value}에 있는 필드입니다</translation>
    </message>
    <message>
        <source>A choice field needs at least one choice</source>
        <translation>선택 필드에는 선택지가 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>There is no custom field {value}</source>
        <translation>사용자 정의 필드 {value}이(가) 없습니다</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value}은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>{label}: {problem}</source>
        <translation>{label}: {problem}</translation>
    </message>
    <message>
        <source>There is already a field called {label}</source>
        <translation>{label}(이)라는 필드가 이미 있습니다</translation>
    </message>
    <message>
        <source>{value} is not a type of field; choose one of {allowed}</source>
        <translation>{value}은(는) 필드 유형이 아닙니다. {allowed} 중에서 선택하세요</translation>
    </message>
    <message>
        <source>{value} is still stored in {label}; change those records first</source>
        <translation>{label}에 아직 {value}이(가) 저장되어 있습니다. 먼저 해당 기록을 바꾸세요</translation>
    </message>
    <message>
        <source>There is no custom field {value} for a {kind}</source>
        <translation>{kind}에 대한 사용자 정의 필드 {value}이(가) 없습니다</translation>
    </message>
    <message>
        <source>contains a NUL character (an invisible control character, which cannot be stored); remove it</source>
        <translation>NUL 문자(저장할 수 없는 보이지 않는 제어 문자)가 들어 있습니다. 지우세요</translation>
    </message>
    <message>
        <source>{field}: contains a NUL character (an invisible control character, which cannot be stored); remove it</source>
        <translation>{field}: NUL 문자(저장할 수 없는 보이지 않는 제어 문자)가 들어 있습니다. 지우세요</translation>
    </message>
    <message>
        <source>Your role on this server does not allow this; nothing was changed</source>
        <translation>이 서버에서 내 역할로는 이 작업을 할 수 없습니다. 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>{name} does not fold letters beyond A to Z into lower case (its character type is C or it is not in UTF-8): create it again with ENCODING &apos;UTF8&apos; and a UTF-8 LC_CTYPE such as &apos;C.UTF-8&apos;</source>
        <translation>{name}은(는) A~Z 이외의 문자를 소문자로 바꾸지 못합니다(문자 유형이 C이거나 UTF-8이 아님). ENCODING &apos;UTF8&apos;과 &apos;C.UTF-8&apos; 같은 UTF-8 LC_CTYPE으로 다시 만드세요</translation>
    </message>
    <message>
        <source>There is no database {database} on the server {server}: ask the server&apos;s administrator to create it</source>
        <translation>서버 {server}에 데이터베이스 {database}이(가) 없습니다. 서버 관리자에게 만들어 달라고 요청하세요</translation>
    </message>
    <message>
        <source>The server {server} refused the password for {user}</source>
        <translation>서버 {server}이(가) {user}의 비밀번호를 거부했습니다</translation>
    </message>
    <message>
        <source>The server {server} asks for {user}&apos;s password: give it in the address or in the password file (~/.pgpass)</source>
        <translation>서버 {server}이(가) {user}의 비밀번호를 요구합니다. 주소나 비밀번호 파일(~/.pgpass)에 지정하세요</translation>
    </message>
    <message>
        <source>The server {server} accepts encrypted connections only: add ?sslmode=require to the address</source>
        <translation>서버 {server}은(는) 암호화된 연결만 받습니다. 주소에 ?sslmode=require를 추가하세요</translation>
    </message>
    <message>
        <source>The server {server} does not let {user} in to {database}</source>
        <translation>서버 {server}이(가) {user}의 {database} 접속을 허용하지 않습니다</translation>
    </message>
    <message>
        <source>Cannot reach the database server {server}: check that it is running and that this computer can reach it</source>
        <translation>데이터베이스 서버 {server}에 연결할 수 없습니다. 서버가 실행 중인지, 이 컴퓨터에서 연결할 수 있는지 확인하세요</translation>
    </message>
    <message>
        <source>The server {server} lets no one in to {database} at the moment: try again later, or ask the server&apos;s administrator</source>
        <translation>서버 {server}가 지금은 {database}에 아무도 들여보내지 않습니다. 나중에 다시 시도하거나 서버 관리자에게 문의하십시오</translation>
    </message>
    <message>
        <source>The server did not save this: the record would be one your role may not see (a restricted contact); nothing was changed</source>
        <translation>서버가 저장하지 않았습니다. 내 역할로는 볼 수 없는 기록(제한된 연락처)이 되기 때문입니다. 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>Your role on this server may not delete records: ask a coordinator; nothing was changed</source>
        <translation>이 서버에서 내 역할로는 기록을 삭제할 수 없습니다. 코디네이터에게 요청하세요. 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>A database cannot be copied onto itself</source>
        <translation>데이터베이스를 자기 자신에게 복사할 수 없습니다</translation>
    </message>
    <message>
        <source>{name} already holds records: copy into a new, empty database, or give --replace to replace everything in it; nothing was changed</source>
        <translation>{name}에 이미 기록이 있습니다. 비어 있는 새 데이터베이스에 복사하거나, 안의 모든 것을 바꾸려면 --replace를 지정하세요. 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>A volunteer may not copy the database of {name}</source>
        <translation>자원봉사자는 {name}의 데이터베이스를 복사할 수 없습니다</translation>
    </message>
    <message>
        <source>The server cannot be reached; nothing was saved and your edits are kept: save again once it is back</source>
        <translation>서버에 연결할 수 없습니다. 아무것도 저장하지 않았으며 편집 내용은 그대로 있습니다. 서버가 돌아오면 다시 저장하세요</translation>
    </message>
    <message>
        <source>The connection to the server was lost while the change was being saved: it may or may not have been saved; check with history before making it again</source>
        <translation>변경 내용을 저장하는 중에 서버와의 연결이 끊겼습니다. 저장되었을 수도, 저장되지 않았을 수도 있습니다. 다시 하기 전에 기록(history)에서 확인하십시오</translation>
    </message>
    <message>
        <source>A user name is letters, digits, - and _ (at most 63): {name}</source>
        <translation>사용자 이름은 영문자, 숫자, - 및 _로 이루어집니다(최대 63자): {name}</translation>
    </message>
    <message>
        <source>The database {database} has no roles yet: run `coalitiondesk server init` first</source>
        <translation>데이터베이스 {database}에 아직 역할이 없습니다. 먼저 `coalitiondesk server init`을 실행하세요</translation>
    </message>
    <message>
        <source>The server already has a user {name}; nothing was changed</source>
        <translation>서버에 이미 사용자 {name}이(가) 있습니다. 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>Could not write {target}: {problem}</source>
        <translation>{target}을(를) 쓸 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>In the {language} version: {problem}</source>
        <translation>{language} 버전: {problem}</translation>
    </message>
    <message>
        <source>The signature must be a PNG or JPEG image</source>
        <translation>서명은 PNG 또는 JPEG 이미지여야 합니다</translation>
    </message>
    <message>
        <source>The signature image is larger than {limit:,} bytes: scan it at a lower resolution or crop it to the signature</source>
        <translation>서명 이미지가 {limit:,}바이트보다 큽니다. 더 낮은 해상도로 스캔하거나 서명 부분만 잘라 내세요</translation>
    </message>
    <message>
        <source>“{tag}” is not a language code (such as en, ko or ja)</source>
        <translation>“{tag}”은(는) 언어 코드(en, ko, ja 등)가 아닙니다</translation>
    </message>
    <message>
        <source>The letter&apos;s body in its own language cannot be removed</source>
        <translation>서한 원래 언어의 본문은 제거할 수 없습니다</translation>
    </message>
    <message>
        <source>The letter has no version in “{tag}”</source>
        <translation>이 서한에는 “{tag}” 버전이 없습니다</translation>
    </message>
    <message>
        <source>{name} is not a Word or OpenDocument text file (.docx or .odt)</source>
        <translation>{name}은(는) Word 또는 OpenDocument 텍스트 파일(.docx 또는 .odt)이 아닙니다</translation>
    </message>
    <message>
        <source>{name} has no text to use as the letter&apos;s body</source>
        <translation>{name}에는 서한 본문으로 쓸 텍스트가 없습니다</translation>
    </message>
    <message>
        <source>Reading {name} needs LibreOffice, which is not installed: save it as a Word document (.docx) and read that instead</source>
        <translation>{name}을(를) 읽으려면 LibreOffice가 필요한데 설치되어 있지 않습니다. Word 문서(.docx)로 저장한 뒤 그 파일을 읽으세요</translation>
    </message>
    <message>
        <source>LibreOffice could not convert {name}: it is damaged or not a text document, or LibreOffice Writer is not installed</source>
        <translation>LibreOffice가 {name}을(를) 변환하지 못했습니다. 파일이 손상되었거나 텍스트 문서가 아니거나, LibreOffice Writer가 설치되어 있지 않습니다</translation>
    </message>
    <message>
        <source>{name} cannot be read as a Word document: it is damaged or of another kind</source>
        <translation>{name}을(를) Word 문서로 읽을 수 없습니다. 손상되었거나 다른 종류의 파일입니다</translation>
    </message>
    <message>
        <source>LibreOffice could not convert {name}</source>
        <translation>LibreOffice가 {name}을(를) 변환하지 못했습니다</translation>
    </message>
    <message>
        <source>Nothing to write for “{title}”: no recipient can be written to</source>
        <translation>“{title}”에 쓸 것이 없습니다. 쓸 수 있는 수신자가 없습니다</translation>
    </message>
    <message>
        <source>{names}: private fields a volunteer may not read; choose other columns (nothing was exported)</source>
        <translation>{names}: 자원봉사자가 읽을 수 없는 비공개 항목입니다. 다른 열을 고르십시오(아무것도 내보내지 않았습니다)</translation>
    </message>
    <message>
        <source>Your role on this server may not export contacts: ask a coordinator; nothing was exported</source>
        <translation>이 서버에서 내 역할로는 연락처를 내보낼 수 없습니다. 코디네이터에게 요청하세요. 아무것도 내보내지 않았습니다</translation>
    </message>
    <message>
        <source>Your role on this server may not change a private field; nothing was changed</source>
        <translation>이 서버에서 내 역할로는 비공개 필드를 바꿀 수 없습니다. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>{program} is not installed on this computer: install PostgreSQL&apos;s client programs (postgresql-client)</source>
        <translation>이 컴퓨터에 {program}이(가) 설치되어 있지 않습니다. PostgreSQL 클라이언트 프로그램(postgresql-client)을 설치하세요</translation>
    </message>
    <message>
        <source>{target} already exists; choose another file name (nothing was written)</source>
        <translation>{target}이(가) 이미 있습니다. 다른 파일 이름을 고르세요(아무것도 쓰지 않았습니다)</translation>
    </message>
    <message>
        <source>Only the database&apos;s owner may purge it: connect as the owner (who ran `coalitiondesk server init`); nothing was purged</source>
        <translation>데이터베이스를 비울 수 있는 것은 소유자뿐입니다. 소유자(`coalitiondesk server init`을 실행한 사람)로 접속하세요. 아무것도 지우지 않았습니다</translation>
    </message>
    <message>
        <source>The server&apos;s backup failed ({detail}); nothing was written</source>
        <translation>서버의 백업이 실패했습니다({detail}). 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>The backup written cannot be read back ({detail}); nothing was kept</source>
        <translation>쓴 백업을 다시 읽을 수 없습니다({detail}). 아무것도 남기지 않았습니다</translation>
    </message>
    <message>
        <source>Cannot write to the folder {folder}: {error}</source>
        <translation>{folder} 폴더에 쓸 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>The server still gives {name} access to {database} in another way (a grant made by someone else): ask the server&apos;s administrator; nothing was changed</source>
        <translation>서버가 다른 방법(다른 사람이 준 권한)으로 {name}에게 {database} 접근을 여전히 허용하고 있습니다. 서버 관리자에게 문의하십시오. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>The server has no user {name}; nothing was changed</source>
        <translation>서버에 {name} 사용자가 없습니다. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>{name} is a superuser of the server, who may do everything whatever their group: only the server&apos;s administrator changes them; nothing was changed</source>
        <translation>{name}은(는) 서버의 슈퍼유저로, 그룹과 상관없이 모든 것을 할 수 있습니다. 서버 관리자만 바꿀 수 있습니다. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>{name} owns {database} (or acts as its owner), who may do everything: only the server&apos;s administrator changes them; nothing was changed</source>
        <translation>{name}은(는) {database}의 소유자(또는 소유자 권한을 가진 사람)로 모든 것을 할 수 있습니다. 서버 관리자만 바꿀 수 있습니다. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>{name} is not a user of {database} (a member of neither {coordinator} nor {volunteer}); nothing was changed</source>
        <translation>{name}은(는) {database}의 사용자가 아닙니다({coordinator}에도 {volunteer}에도 속하지 않음). 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>You cannot remove yourself ({name}) from {database}: the owner does it; nothing was changed</source>
        <translation>{database}에서 자신({name})을 제거할 수는 없습니다. 소유자가 해야 합니다. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>Only a coordinator backs up {name}: a volunteer&apos;s backup would leave out the restricted contacts and private fields; nothing was written</source>
        <translation>{name}은(는) 코디네이터만 백업할 수 있습니다. 자원봉사자의 백업에는 제한된 연락처와 비공개 항목이 빠지기 때문입니다. 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>Only the owner of {name} restores a backup onto it: connect as the owner (who ran `coalitiondesk server init`); nothing was changed</source>
        <translation>{name}에 백업을 복원할 수 있는 사람은 소유자뿐입니다. 소유자(`coalitiondesk server init`을 실행한 사람)로 연결하십시오. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>No language {value!r} of headers: choose one of {choices}</source>
        <translation>{value!r}은(는) 열 제목의 언어가 아닙니다. {choices} 중에서 고르십시오</translation>
    </message>
</context>
<context>
    <name>CoreTerms</name>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>acronym</source>
        <translation>약칭</translation>
    </message>
    <message>
        <source>sort name</source>
        <translation>정렬 이름</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>정식 이름</translation>
    </message>
    <message>
        <source>native name</source>
        <translation>현지 표기</translation>
    </message>
    <message>
        <source>signatory name</source>
        <translation>서명 이름</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>country code</source>
        <translation>국가 코드</translation>
    </message>
    <message>
        <source>show country on signature</source>
        <translation>서명에 국가 표시</translation>
    </message>
    <message>
        <source>joined on</source>
        <translation>가입일</translation>
    </message>
    <message>
        <source>left on</source>
        <translation>탈퇴일</translation>
    </message>
    <message>
        <source>website</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <source>email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>street</source>
        <translation>도로명 주소</translation>
    </message>
    <message>
        <source>street2</source>
        <translation>상세 주소</translation>
    </message>
    <message>
        <source>city</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>우편번호</translation>
    </message>
    <message>
        <source>address country code</source>
        <translation>주소 국가 코드</translation>
    </message>
    <message>
        <source>native address</source>
        <translation>현지 문자 주소</translation>
    </message>
    <message>
        <source>do not share</source>
        <translation>공유 안 함</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>이름(名)</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>성</translation>
    </message>
    <message>
        <source>family name first</source>
        <translation>성을 먼저</translation>
    </message>
    <message>
        <source>honorific</source>
        <translation>경칭</translation>
    </message>
    <message>
        <source>salutation</source>
        <translation>인사말</translation>
    </message>
    <message>
        <source>position</source>
        <translation>직위</translation>
    </message>
    <message>
        <source>social handle</source>
        <translation>소셜 미디어 계정</translation>
    </message>
    <message>
        <source>preferred language</source>
        <translation>선호 언어</translation>
    </message>
    <message>
        <source>do not mail</source>
        <translation>우편 발송 안 함</translation>
    </message>
    <message>
        <source>do not email</source>
        <translation>이메일 발송 안 함</translation>
    </message>
    <message>
        <source>organization id</source>
        <translation>단체 ID</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>district</source>
        <translation>구/군</translation>
    </message>
    <message>
        <source>mobile phone</source>
        <translation>휴대전화</translation>
    </message>
    <message>
        <source>custom values</source>
        <translation>사용자 정의 값</translation>
    </message>
    <message>
        <source>country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>별칭</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>같은 이름</translation>
    </message>
    <message>
        <source>same acronym</source>
        <translation>같은 약칭</translation>
    </message>
    <message>
        <source>several records with this name</source>
        <translation>이 이름의 레코드가 여럿</translation>
    </message>
    <message>
        <source>same ID</source>
        <translation>같은 ID</translation>
    </message>
    <message>
        <source>same name, different country</source>
        <translation>같은 이름, 다른 국가</translation>
    </message>
    <message>
        <source>same name, different e-mail address</source>
        <translation>같은 이름, 다른 이메일 주소</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>비슷한 이름</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>같은 이메일 주소</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>같은 전화번호</translation>
    </message>
    <message>
        <source>kind of organization</source>
        <translation>단체 종류</translation>
    </message>
    <message>
        <source>membership status</source>
        <translation>회원 상태</translation>
    </message>
    <message>
        <source>sensitivity</source>
        <translation>민감도</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>단체</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>활동</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>서한</translation>
    </message>
    <message>
        <source>affiliation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>서명</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>수신자</translation>
    </message>
    <message>
        <source>backup file</source>
        <translation>백업 파일</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>첨부 파일</translation>
    </message>
</context>
<context>
    <name>CountriesPage</name>
    <message>
        <source>Countries table</source>
        <translation>국가 표</translation>
    </message>
    <message>
        <source>Chart members by</source>
        <translation>회원 단체 차트 기준</translation>
    </message>
    <message>
        <source>Members by country</source>
        <translation>국가별 회원 단체</translation>
    </message>
    <message>
        <source>Members by region</source>
        <translation>지역별 회원 단체</translation>
    </message>
    <message>
        <source>Double-click a country to see its organizations.</source>
        <translation>국가를 두 번 클릭하면 그 나라의 단체를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Member organizations by region</source>
        <translation>지역별 회원 단체</translation>
    </message>
    <message>
        <source>Member organizations by country</source>
        <translation>국가별 회원 단체</translation>
    </message>
</context>
<context>
    <name>CountryDetails</name>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Short form used in letters</source>
        <translation>서한에 쓰는 약식 표기</translation>
    </message>
    <message>
        <source>How the country is written on signatory lines, e.g. &quot;ROK&quot; for South Korea</source>
        <translation>서명 단체 줄에 국가를 적는 방식입니다. 예: 한국은 &quot;ROK&quot;</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Aliases recognised on import</source>
        <translation>가져오기에서 인식하는 별칭</translation>
    </message>
    <message>
        <source>New alias, e.g. Hanguk</source>
        <translation>새 별칭, 예: Hanguk</translation>
    </message>
    <message>
        <source>New alias</source>
        <translation>새 별칭</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Short form:</source>
        <translation>약식 표기:</translation>
    </message>
    <message>
        <source>Aliases:</source>
        <translation>별칭:</translation>
    </message>
    <message>
        <source>Select a country to edit its short form and aliases.</source>
        <translation>약식 표기와 별칭을 편집할 국가를 선택하세요.</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>국가</translation>
    </message>
</context>
<context>
    <name>CustomFieldsDialog</name>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>예/아니요</translation>
    </message>
    <message>
        <source>One of a list</source>
        <translation>목록 중 하나</translation>
    </message>
    <message>
        <source>Own Fields</source>
        <translation>사용자 정의 필드</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>단체</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Fields of your own, shown in the forms, searched, exported as their own columns and offered when importing.</source>
        <translation>직접 정의한 필드입니다. 양식에 표시되고, 검색되며, 별도의 열로 내보내지고, 가져오기 때 선택할 수 있습니다.</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>제거…</translation>
    </message>
    <message>
        <source>New field</source>
        <translation>새 필드</translation>
    </message>
    <message>
        <source>e.g. Region of origin</source>
        <translation>예: 출신 지역</translation>
    </message>
    <message>
        <source>One choice a line</source>
        <translation>한 줄에 선택지 하나</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>필드 추가</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>선택지</translation>
    </message>
    <message>
        <source>Fields of</source>
        <translation>필드 대상</translation>
    </message>
    <message>
        <source>No fields of your own yet</source>
        <translation>아직 사용자 정의 필드가 없습니다</translation>
    </message>
    <message>
        <source>Rename Field</source>
        <translation>필드 이름 바꾸기</translation>
    </message>
    <message>
        <source>New name of “{name}”:</source>
        <translation>“{name}”의 새 이름:</translation>
    </message>
    <message numerus="yes">
        <source>Remove “{name}” and its value from %n record(s)?</source>
        <translation>
            <numerusform>“{name}”과(와) 기록 %n개에 있는 그 값을 제거할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove “{name}”? No record has a value in it.</source>
        <translation>“{name}”을(를) 제거할까요? 이 필드에 값이 있는 기록은 없습니다.</translation>
    </message>
    <message>
        <source>Remove Field</source>
        <translation>필드 제거</translation>
    </message>
    <message>
        <source>Edit › Undo brings the field and its values back.</source>
        <translation>편집 › 실행 취소로 필드와 그 값을 되돌릴 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>CustomValuesEditor</name>
    <message>
        <source>Known</source>
        <translation>알려짐</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>숫자</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>데이터베이스가 손상되었습니다</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>이 백업 복원</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>빈 데이터베이스로 시작</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>CoalitionDesk cannot use {file}: {problem}.</source>
        <translation>CoalitionDesk가 {file}을(를) 사용할 수 없습니다: {problem}.</translation>
    </message>
    <message>
        <source>Nothing was deleted. The damaged file was moved aside, unchanged, to:
{moved}

Someone who knows SQLite may still rescue recent changes from it.</source>
        <translation>아무것도 삭제하지 않았습니다. 손상된 파일은 바뀌지 않은 채 다음 위치로 옮겨 두었습니다:
{moved}

SQLite를 다룰 줄 아는 사람이라면 이 파일에서 최근 변경 내용을 살려 낼 수도 있습니다.</translation>
    </message>
    <message>
        <source>The newest good backup was made {time} ({size}). Restore it to carry on; changes made after it are not in it.</source>
        <translation>가장 최근의 정상 백업은 {time}에 만들었습니다({size}). 이 백업을 복원하여 계속 작업하세요. 그 이후의 변경 내용은 들어 있지 않습니다.</translation>
    </message>
    <message>
        <source>There is no backup of this database. You can start again with an empty database, and CoalitionDesk will back it up from now on.</source>
        <translation>이 데이터베이스의 백업이 없습니다. 빈 데이터베이스로 다시 시작할 수 있으며, 앞으로는 CoalitionDesk가 백업합니다.</translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <source>Date of the status</source>
        <translation>상태 날짜</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation>중복 찾기</translation>
    </message>
    <message>
        <source>Records to search</source>
        <translation>검색할 기록</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>단체</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Look among:</source>
        <translation>찾을 범위:</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>중복 가능성이 높은 기록</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>비슷한 기록</translation>
    </message>
    <message>
        <source>The values to keep</source>
        <translation>유지할 값</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>병합(&amp;M)</translation>
    </message>
    <message>
        <source>Keep one record with the ticked values; the other&apos;s name becomes an alias and its tags, letters, activities and history move to it. Edit › Undo splits them</source>
        <translation>체크한 값으로 기록 하나를 남깁니다. 다른 기록의 이름은 별칭이 되고, 그 태그·서한·활동·이력은 남는 기록으로 옮겨집니다. 편집 › 실행 취소로 다시 나눌 수 있습니다</translation>
    </message>
    <message>
        <source>&amp;Not Duplicates</source>
        <translation>중복 아님(&amp;N)</translation>
    </message>
    <message>
        <source>Stop listing these two as duplicates</source>
        <translation>이 두 기록을 더 이상 중복으로 표시하지 않습니다</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>유지:</translation>
    </message>
    <message numerus="yes">
        <source>%n likely pair(s)</source>
        <translation>
            <numerusform>중복 가능성이 높은 쌍 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>중복 가능성이 높은 기록이 없습니다.</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>이유: {reasons}</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>병합</translation>
    </message>
    <message>
        <source>Not Duplicates</source>
        <translation>중복 아님</translation>
    </message>
</context>
<context>
    <name>EmailMergeDialog</name>
    <message>
        <source>Send “{title}” by e-mail</source>
        <translation>“{title}”을(를) 이메일로 보내기</translation>
    </message>
    <message>
        <source>smtp.example.org</source>
        <translation>smtp.example.org</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>None (no password)</source>
        <translation>없음(비밀번호 없음)</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>시스템 키링에 기억</translation>
    </message>
    <message>
        <source>This computer offers no system keyring</source>
        <translation>이 컴퓨터에는 시스템 키링이 없습니다</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source> a minute</source>
        <translation>/분</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>메일 서버</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>From</source>
        <translation>보내는 사람</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>발송</translation>
    </message>
    <message>
        <source>Merge fields work here too: {{ full_name }}</source>
        <translation>여기서도 병합 필드를 쓸 수 있습니다: {{ full_name }}</translation>
    </message>
    <message>
        <source>Nothing attached</source>
        <translation>첨부 없음</translation>
    </message>
    <message>
        <source>The letter as a PDF</source>
        <translation>서한을 PDF로</translation>
    </message>
    <message>
        <source>The letter as a Word document (.docx)</source>
        <translation>서한을 Word 문서(.docx)로</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>A run stopped after the server took these and before that was recorded: look in your sent folder first</source>
        <translation>서버가 이 메시지를 받은 뒤 기록되기 전에 실행이 멈췄습니다. 먼저 보낸 편지함을 확인하세요</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>제외됨</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <source>Send a test to myself</source>
        <translation>나에게 테스트 보내기</translation>
    </message>
    <message>
        <source>The selected message, sent to the From address only; nothing is recorded</source>
        <translation>선택한 메시지를 보내는 사람 주소로만 보냅니다. 아무것도 기록하지 않습니다</translation>
    </message>
    <message>
        <source>Save as .eml files…</source>
        <translation>.eml 파일로 저장…</translation>
    </message>
    <message>
        <source>One file per recipient for any mail client; nothing is sent or recorded</source>
        <translation>어느 메일 프로그램에서나 쓸 수 있도록 수신자마다 파일 하나를 만듭니다. 아무것도 보내거나 기록하지 않습니다</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message numerus="yes">
        <source>Send to the %n restricted contact(s) too</source>
        <translation>
            <numerusform>제한된 연락처 %n명에게도 보내기</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>메시지 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n</source>
        <translation>
            <numerusform>제외됨: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try the %n refused message(s) again</source>
        <translation>
            <numerusform>거부된 메시지 %n건 다시 보내기</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the %n uncertain message(s) again</source>
        <translation>
            <numerusform>불확실한 메시지 %n건 다시 보내기</numerusform>
        </translation>
    </message>
    <message>
        <source>To: {to}
Subject: {subject}</source>
        <translation>받는 사람: {to}
제목: {subject}</translation>
    </message>
    <message>
        <source>The password was not remembered: {reason}</source>
        <translation>비밀번호를 기억하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>Type the password for {user} at {host}</source>
        <translation>{host}의 {user} 비밀번호를 입력하세요</translation>
    </message>
    <message>
        <source>A test of {name}&apos;s message was sent to {address}.</source>
        <translation>{name}에게 보낼 메시지의 테스트를 {address}(으)로 보냈습니다.</translation>
    </message>
    <message>
        <source>Save the messages in</source>
        <translation>메시지를 저장할 위치</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n .eml file(s) to {folder}; nothing was sent.</source>
        <translation>
            <numerusform>{folder}에 .eml 파일 %n개를 썼습니다. 아무것도 보내지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Stopped. Those sent are recorded; Send goes on with the others, and nobody gets a message twice.</source>
        <translation>멈췄습니다. 보낸 메시지는 기록되었습니다. 보내기를 누르면 나머지를 이어서 보내며, 같은 사람에게 두 번 보내지 않습니다.</translation>
    </message>
    <message>
        <source>do not e-mail</source>
        <translation>이메일 발송 안 함</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>제한</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>이메일 주소 없음</translation>
    </message>
    <message>
        <source>not a usable e-mail address</source>
        <translation>사용할 수 없는 이메일 주소</translation>
    </message>
    <message>
        <source>home address withheld from a volunteer</source>
        <translation>자원봉사자에게 공개되지 않는 자택 주소</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n message(s).</source>
        <translation>
            <numerusform>메시지 %n통을 보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%n sent before.</source>
        <translation>%n통은 이전에 보냈습니다.</translation>
    </message>
    <message>
        <source>Refused: %n</source>
        <translation>거부됨: %n</translation>
    </message>
    <message>
        <source>Uncertain, check your sent folder: %n</source>
        <translation>불확실, 보낸 편지함을 확인하세요: %n</translation>
    </message>
</context>
<context>
    <name>ExportColumns</name>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Country short form</source>
        <translation>국가 약식 표기</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>만든 시각 (UTC)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>후속 조치 완료</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>후속 조치 예정일</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>서한</translation>
    </message>
    <message>
        <source>Member organizations</source>
        <translation>회원 단체</translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation>표기된 이름</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Official name</source>
        <translation>공식 명칭</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>단체</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>단체</translation>
    </message>
    <message>
        <source>Short form</source>
        <translation>약식 표기</translation>
    </message>
    <message>
        <source>Signatory line</source>
        <translation>서명 단체 줄</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>발송</translation>
    </message>
    <message>
        <source>First sent on</source>
        <translation>첫 발송일</translation>
    </message>
    <message>
        <source>Last sent on</source>
        <translation>마지막 발송일</translation>
    </message>
    <message>
        <source>Times sent</source>
        <translation>발송 횟수</translation>
    </message>
    <message>
        <source>Response on</source>
        <translation>회신일</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>회신</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>상태 날짜</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Subregion</source>
        <translation>하위 지역</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation>수정 시각 (UTC)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Organizations</source>
        <translation>단체</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Countries, with member counts</source>
        <translation>국가 (회원 단체 수 포함)</translation>
    </message>
    <message>
        <source>Signatories of a letter</source>
        <translation>서한의 서명 단체</translation>
    </message>
    <message>
        <source>Recipients of a letter, with each sending</source>
        <translation>서한 수신자와 각 발송 기록</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>활동</translation>
    </message>
    <message>
        <source>Export for partners</source>
        <translation>파트너용 내보내기</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>내보낼 항목:</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>서한:</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>모든 기록</translation>
    </message>
    <message>
        <source>The records the current filter shows</source>
        <translation>현재 필터에 표시된 기록</translation>
    </message>
    <message>
        <source>The records the current filter shows (%1)</source>
        <translation>현재 필터에 표시된 기록 (%1)</translation>
    </message>
    <message>
        <source>The selected records (%1)</source>
        <translation>선택한 기록 (%1)</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>기록:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>열:</translation>
    </message>
    <message>
        <source>Columns to export</source>
        <translation>내보낼 열</translation>
    </message>
    <message>
        <source>Name for these columns</source>
        <translation>이 열 구성의 이름</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>프로필로 저장</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>프로필 삭제</translation>
    </message>
    <message>
        <source>The language of kinds, statuses and country names in the file; the Full profile keeps the stored codes</source>
        <translation>파일에 쓸 유형, 상태, 국가 이름의 언어입니다. 전체 프로필은 저장된 코드를 그대로 씁니다</translation>
    </message>
    <message>
        <source>Labels in:</source>
        <translation>라벨 언어:</translation>
    </message>
    <message>
        <source>Include restricted contacts and records tagged “do not share”</source>
        <translation>제한된 연락처와 “공유 금지” 태그가 붙은 기록 포함</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>개인정보:</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx) or csv file</source>
        <translation>Excel 통합 문서(.xlsx) 또는 csv 파일</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Partner list (public fields)</source>
        <translation>파트너 목록 (공개 필드)</translation>
    </message>
    <message>
        <source>Full (everything, for your own use)</source>
        <translation>전체 (모든 항목, 내부용)</translation>
    </message>
    <message>
        <source>Columns chosen below</source>
        <translation>아래에서 고른 열</translation>
    </message>
    <message>
        <source>%1 (private)</source>
        <translation>%1 (비공개)</translation>
    </message>
    <message>
        <source>Always exported: it lets corrections come back as updates</source>
        <translation>항상 내보냅니다. 이 열이 있어야 수정된 파일을 다시 가져올 때 기존 기록이 갱신됩니다</translation>
    </message>
    <message>
        <source>Not available: a volunteer on the shared server may not read this private field, so it is left out of the file</source>
        <translation>사용할 수 없음: 공유 서버의 자원봉사자는 이 비공개 항목을 읽을 수 없으므로 파일에서 빠집니다</translation>
    </message>
    <message>
        <source>Saved the profile “%1”.</source>
        <translation>“%1” 프로필을 저장했습니다.</translation>
    </message>
    <message>
        <source>Deleted the profile “%1”.</source>
        <translation>“%1” 프로필을 삭제했습니다.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>내보낼 위치</translation>
    </message>
    <message>
        <source>CSV file, UTF-8 (*.csv)</source>
        <translation>CSV 파일, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Counting restricted records…</source>
        <translation>제한된 기록을 세는 중…</translation>
    </message>
    <message>
        <source>There are no restricted records among these.</source>
        <translation>이 중에 제한된 기록은 없습니다.</translation>
    </message>
    <message>
        <source>This export will include 1 restricted person.</source>
        <translation>이 내보내기에는 제한된 인물 1명이 포함됩니다.</translation>
    </message>
    <message>
        <source>This export will include %1 restricted people.</source>
        <translation>이 내보내기에는 제한된 인물 %1명이 포함됩니다.</translation>
    </message>
    <message>
        <source>It will also include 1 record tagged “do not share” or involving restricted people.</source>
        <translation>“공유 금지” 태그가 붙었거나 제한된 인물이 관련된 기록 1건도 포함됩니다.</translation>
    </message>
    <message>
        <source>It will also include %1 records tagged “do not share” or involving restricted people.</source>
        <translation>“공유 금지” 태그가 붙었거나 제한된 인물이 관련된 기록 %1건도 포함됩니다.</translation>
    </message>
    <message>
        <source>Include restricted records?</source>
        <translation>제한된 기록을 포함하시겠습니까?</translation>
    </message>
    <message>
        <source>Whoever receives the file can pass it on. Their safety may depend on not appearing in someone else&apos;s spreadsheet.</source>
        <translation>파일을 받은 사람은 누구든 다른 사람에게 넘길 수 있습니다. 다른 사람의 스프레드시트에 이름이 오르지 않는 것이 그들의 안전에 달린 일일 수 있습니다.</translation>
    </message>
    <message>
        <source>Include them</source>
        <translation>포함</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>제외</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>열을 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stopped; no file was written.</source>
        <translation>중지했습니다. 파일을 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Wrote 1 row to %1.</source>
        <translation>%1에 1행을 썼습니다.</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>%2에 %1행을 썼습니다.</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>제외됨: %1.</translation>
    </message>
    <message>
        <source>Included on request: %1.</source>
        <translation>요청에 따라 포함됨: %1.</translation>
    </message>
    <message>
        <source>Private fields left out (a volunteer may not read them): %1.</source>
        <translation>빠진 비공개 항목(자원봉사자는 읽을 수 없음): %1.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>중지하는 중…</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>필수</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>약칭</translation>
    </message>
    <message>
        <source>Full organization name</source>
        <translation>단체 정식 명칭</translation>
    </message>
    <message>
        <source>When longer than the name</source>
        <translation>이름보다 길 때</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>현지 문자 표기</translation>
    </message>
    <message>
        <source>e.g. 북한인권시민연합</source>
        <translation>예: 북한인권시민연합</translation>
    </message>
    <message>
        <source>Sort name</source>
        <translation>정렬용 이름</translation>
    </message>
    <message>
        <source>When the name sorts wrongly</source>
        <translation>이름으로 정렬하면 순서가 맞지 않을 때</translation>
    </message>
    <message>
        <source>Name on signatory lines</source>
        <translation>서명 단체 줄의 이름</translation>
    </message>
    <message>
        <source>When not the name</source>
        <translation>이름과 다를 때</translation>
    </message>
    <message>
        <source>The organization&apos;s name on the signatory lines of letters, when not its name</source>
        <translation>서한의 서명 단체 줄에 쓰는 단체 이름(단체 이름과 다를 때)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>국가 코드</translation>
    </message>
    <message>
        <source>Show the country on signatory lines</source>
        <translation>서명 단체 줄에 국가 표시</translation>
    </message>
    <message>
        <source>Membership status</source>
        <translation>회원 상태</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>가입일</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>탈퇴일</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>휴대전화</translation>
    </message>
    <message>
        <source>County or district</source>
        <translation>구/군</translation>
    </message>
    <message>
        <source>Own fields</source>
        <translation>사용자 정의 필드</translation>
    </message>
    <message>
        <source>e.g. www.example.org</source>
        <translation>예: www.example.org</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>e.g. office@example.org</source>
        <translation>예: office@example.org</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Local, or international with +</source>
        <translation>국내 번호 또는 +로 시작하는 국제 번호</translation>
    </message>
    <message>
        <source>Do not share with partners</source>
        <translation>파트너와 공유하지 않음</translation>
    </message>
    <message>
        <source>Left out of exports for partners and of printed signatory blocks</source>
        <translation>파트너용 내보내기와 인쇄된 서명란에서 제외됩니다</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Street 2</source>
        <translation>주소 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>시·도</translation>
    </message>
    <message>
        <source>State, province or prefecture</source>
        <translation>시·도, 주 또는 현</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>우편번호</translation>
    </message>
    <message>
        <source>Address country code</source>
        <translation>주소 국가 코드</translation>
    </message>
    <message>
        <source>Address in own script</source>
        <translation>현지 문자 주소</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>성</translation>
    </message>
    <message>
        <source>Family name first</source>
        <translation>성을 먼저 씀</translation>
    </message>
    <message>
        <source>As Korean, Japanese and Chinese names are written: Ha Tae Kyung</source>
        <translation>한국·일본·중국 이름처럼 씁니다: Ha Tae Kyung</translation>
    </message>
    <message>
        <source>e.g. 하태경</source>
        <translation>예: 하태경</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>경칭</translation>
    </message>
    <message>
        <source>e.g. Mr, Ms, Dr, Rev.</source>
        <translation>예: Mr, Ms, Dr, Rev.</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>인사말</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>직책</translation>
    </message>
    <message>
        <source>e.g. name@example.org</source>
        <translation>예: name@example.org</translation>
    </message>
    <message>
        <source>Social handle</source>
        <translation>소셜 미디어 계정</translation>
    </message>
    <message>
        <source>e.g. @handle (X)</source>
        <translation>예: @handle (X)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Code such as ko, ja, en</source>
        <translation>ko, ja, en 같은 코드</translation>
    </message>
    <message>
        <source>Do not send post</source>
        <translation>우편 발송 안 함</translation>
    </message>
    <message>
        <source>Do not send e-mail</source>
        <translation>이메일 발송 안 함</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>민감도</translation>
    </message>
    <message>
        <source>Restricted contacts stay on this computer: exports and partner lists leave them out unless you include restricted records explicitly</source>
        <translation>제한된 연락처는 이 컴퓨터에만 남습니다. 제한된 기록을 명시적으로 포함하지 않는 한 내보내기와 파트너 목록에서 빠집니다</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>What to import</source>
        <translation>가져올 내용</translation>
    </message>
    <message>
        <source>An Excel workbook, a csv file, or a list pasted from a letter or an e-mail (one organization per line).</source>
        <translation>Excel 통합 문서, csv 파일, 또는 서한이나 이메일에서 붙여 넣은 목록(한 줄에 한 단체).</translation>
    </message>
    <message>
        <source>A file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>A pasted list</source>
        <translation>붙여 넣은 목록</translation>
    </message>
    <message>
        <source>Choose an .xlsx, .csv or .txt file</source>
        <translation>.xlsx, .csv 또는 .txt 파일을 선택하세요</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>쉼표</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>세미콜론</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>탭</translation>
    </message>
    <message>
        <source>Vertical bar</source>
        <translation>세로 막대</translation>
    </message>
    <message>
        <source>Paste the list here, one organization per line:
Burma Partnership (Thailand)
International Federation for Human Rights (FIDH)</source>
        <translation>여기에 목록을 붙여 넣으세요. 한 줄에 한 단체씩:
Burma Partnership (Thailand)
International Federation for Human Rights (FIDH)</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>시트:</translation>
    </message>
    <message>
        <source>Encoding (csv):</source>
        <translation>인코딩 (csv):</translation>
    </message>
    <message>
        <source>Delimiter (csv):</source>
        <translation>구분 기호 (csv):</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>파일 가져오기</translation>
    </message>
    <message>
        <source>Spreadsheets and lists (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;All files (*)</source>
        <translation>스프레드시트와 목록 (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Address books (*.vcf *.vcard)</source>
        <translation>주소록 (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation> (숨김)</translation>
    </message>
    <message>
        <source>Choose a file, or paste a list.</source>
        <translation>파일을 선택하거나 목록을 붙여 넣으세요.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search names, acronyms, e-mail, notes…</source>
        <translation>이름, 약칭, 이메일, 메모 검색…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Own field</source>
        <translation>사용자 정의 필드</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>모든 국가</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>모든 태그</translation>
    </message>
    <message>
        <source>Any own field</source>
        <translation>모든 사용자 정의 필드</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message>
        <source>Saved groups</source>
        <translation>저장된 그룹</translation>
    </message>
    <message>
        <source>Click a group to show its records; right-click it to rename or delete it, or to put its records on a letter</source>
        <translation>그룹을 클릭하면 그 기록이 표시됩니다. 오른쪽 클릭으로 이름을 바꾸거나 삭제하거나, 그 기록을 서한에 넣을 수 있습니다</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>새 그룹</translation>
    </message>
    <message>
        <source>Save as a group</source>
        <translation>그룹으로 저장</translation>
    </message>
    <message>
        <source>Save the Current Search as a Group…</source>
        <translation>현재 검색을 그룹으로 저장…</translation>
    </message>
    <message>
        <source>Make a Hand-picked Group of the Selected Rows…</source>
        <translation>선택한 행으로 직접 선택 그룹 만들기…</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>모든 단체</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>모든 연락처</translation>
    </message>
    <message>
        <source>{name}: its search names an own field removed since, so it finds nothing</source>
        <translation>{name}: 검색이 그 뒤 제거된 자체 필드를 가리키므로 아무것도 찾지 못합니다</translation>
    </message>
    <message numerus="yes">
        <source>{name}: a hand-picked group of %n record(s)</source>
        <translation>
            <numerusform>{name}: 기록 %n개의 직접 선택 그룹</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: a saved search, %n record(s) now</source>
        <translation>
            <numerusform>{name}: 저장된 검색, 현재 기록 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the group:</source>
        <translation>그룹 이름:</translation>
    </message>
    <message>
        <source>Save the Search as a Group</source>
        <translation>검색을 그룹으로 저장</translation>
    </message>
    <message>
        <source>New Hand-picked Group</source>
        <translation>새 직접 선택 그룹</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Add the Selected Rows</source>
        <translation>선택한 행 추가</translation>
    </message>
    <message>
        <source>Take the Selected Rows Off</source>
        <translation>선택한 행 빼기</translation>
    </message>
    <message>
        <source>Add to a Letter as Recipients…</source>
        <translation>서한에 수신자로 추가…</translation>
    </message>
    <message>
        <source>Add to a Letter as Signatories…</source>
        <translation>서한에 서명 단체로 추가…</translation>
    </message>
    <message>
        <source>Rename the Group</source>
        <translation>그룹 이름 바꾸기</translation>
    </message>
    <message>
        <source>Delete the Group</source>
        <translation>그룹 삭제</translation>
    </message>
    <message>
        <source>Change the Group</source>
        <translation>그룹 변경</translation>
    </message>
    <message numerus="yes">
        <source>%n put on the letter</source>
        <translation>
            <numerusform>%n명을 서한에 추가함</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on it already</source>
        <translation>
            <numerusform>%n명은 이미 있음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restricted contact(s) left out: the letter does not allow them</source>
        <translation>
            <numerusform>제한된 연락처 %n명 제외: 이 서한은 제한된 연락처를 허용하지 않습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to a Letter as Recipients</source>
        <translation>서한에 수신자로 추가</translation>
    </message>
    <message>
        <source>Add to a Letter as Signatories</source>
        <translation>서한에 서명 단체로 추가</translation>
    </message>
    <message>
        <source>There is no letter yet.</source>
        <translation>아직 서한이 없습니다.</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>서한:</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>변경 기록</translation>
    </message>
    <message>
        <source>Only changes to records named…</source>
        <translation>이 이름의 기록에 대한 변경만…</translation>
    </message>
    <message>
        <source>Record name</source>
        <translation>기록 이름</translation>
    </message>
    <message>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>누가</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>행</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Undo this change</source>
        <translation>이 변경 실행 취소</translation>
    </message>
    <message>
        <source>A deleted person&apos;s details are erased from the history; such a delete can be undone only until CoalitionDesk is closed.</source>
        <translation>삭제된 사람의 정보는 변경 기록에서도 지워집니다. 그런 삭제는 CoalitionDesk를 닫기 전까지만 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>record only</source>
        <translation>기록 전용</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>취소되지 않음</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Add {name}</source>
        <translation>{name} 추가</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} 편집</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>{name} 삭제</translation>
    </message>
    <message>
        <source>New letter “{title}”</source>
        <translation>서한 “{title}” 새로 만들기</translation>
    </message>
    <message>
        <source>Edit letter “{title}”</source>
        <translation>서한 “{title}” 편집</translation>
    </message>
    <message>
        <source>Delete letter “{title}”</source>
        <translation>서한 “{title}” 삭제</translation>
    </message>
    <message>
        <source>Change the signatories of “{title}”</source>
        <translation>“{title}”의 서명 단체 변경</translation>
    </message>
    <message>
        <source>Change the recipients of “{title}”</source>
        <translation>“{title}”의 수신자 변경</translation>
    </message>
    <message>
        <source>Record “{title}” as sent by {channel}</source>
        <translation>“{title}”을(를) {channel}(으)로 발송한 것으로 기록</translation>
    </message>
    <message>
        <source>Change the letter settings</source>
        <translation>서한 설정 변경</translation>
    </message>
    <message>
        <source>Edit country {name}</source>
        <translation>국가 {name} 편집</translation>
    </message>
    <message>
        <source>Mark a follow-up done</source>
        <translation>후속 조치 완료 표시</translation>
    </message>
    <message>
        <source>Export {what} to {file}</source>
        <translation>{what}을(를) {file}(으)로 내보내기</translation>
    </message>
    <message>
        <source>Save export profile “{name}”</source>
        <translation>내보내기 프로필 “{name}” 저장</translation>
    </message>
    <message>
        <source>Delete export profile “{name}”</source>
        <translation>내보내기 프로필 “{name}” 삭제</translation>
    </message>
    <message>
        <source>Import {source}</source>
        <translation>{source} 가져오기</translation>
    </message>
    <message>
        <source>Undo import {source}</source>
        <translation>{source} 가져오기 취소</translation>
    </message>
    <message>
        <source>Load the demo coalition</source>
        <translation>데모 연대 불러오기</translation>
    </message>
    <message>
        <source>Add the list of countries</source>
        <translation>국가 목록 추가</translation>
    </message>
    <message>
        <source>Undo {label}</source>
        <translation>{label} 실행 취소</translation>
    </message>
    <message>
        <source>Redo {label}</source>
        <translation>{label} 다시 실행</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Merge {other} into {name}</source>
        <translation>{other}을(를) {name}에 병합</translation>
    </message>
    <message>
        <source>Mark {first} and {second} as not duplicates</source>
        <translation>{first}과(와) {second}을(를) 중복 아님으로 표시</translation>
    </message>
    <message>
        <source>Change {field} of {count} records</source>
        <translation>기록 {count}개의 {field} 변경</translation>
    </message>
    <message>
        <source>Change {field} of 1 record</source>
        <translation>기록 1개의 {field} 변경</translation>
    </message>
    <message>
        <source>Add the field “{name}”</source>
        <translation>필드 “{name}” 추가</translation>
    </message>
    <message>
        <source>Rename the field “{old}” to “{name}”</source>
        <translation>필드 “{old}”의 이름을 “{name}”(으)로 변경</translation>
    </message>
    <message>
        <source>Remove the field “{name}”</source>
        <translation>필드 “{name}” 제거</translation>
    </message>
    <message>
        <source>Attach “{name}”</source>
        <translation>“{name}” 첨부</translation>
    </message>
    <message>
        <source>Rename an attachment to “{name}”</source>
        <translation>첨부 파일 이름을 “{name}”(으)로 변경</translation>
    </message>
    <message>
        <source>Remove the attachment “{name}”</source>
        <translation>첨부 파일 “{name}” 제거</translation>
    </message>
    <message>
        <source>Add the group “{name}”</source>
        <translation>그룹 “{name}” 추가</translation>
    </message>
    <message>
        <source>Remove the group “{name}”</source>
        <translation>그룹 “{name}” 제거</translation>
    </message>
    <message>
        <source>Change the members of the group “{name}”</source>
        <translation>그룹 “{name}”의 구성원 변경</translation>
    </message>
    <message>
        <source>Rename the group “{old}” to “{name}”</source>
        <translation>그룹 “{old}”의 이름을 “{name}”(으)로 바꾸기</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>Now: {language}</source>
        <translation>현재: {language}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>CoalitionDesk will use the new language when it starts again.</source>
        <translation>CoalitionDesk를 다시 시작하면 새 언어로 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>LeftOutColumns</name>
    <message>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>값</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>처리 방법</translation>
    </message>
    <message>
        <source>Columns with values that are not imported ({count}). Import each as a field, or leave it out:</source>
        <translation>가져오지 않는 값이 있는 열({count}개). 각 열을 필드로 가져오거나 제외하세요:</translation>
    </message>
    <message>
        <source>What to do with the column {header}</source>
        <translation>{header} 열의 처리 방법</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Leave it out</source>
        <translation>제외</translation>
    </message>
    <message>
        <source>Keep as a custom field</source>
        <translation>사용자 정의 필드로 보관</translation>
    </message>
    <message>
        <source>Import as {field}</source>
        <translation>{field}(으)로 가져오기</translation>
    </message>
    <message>
        <source>Import stays off until each column above is imported or left out; still to decide: {columns}.</source>
        <translation>위의 각 열을 가져오거나 제외할 때까지 가져오기를 할 수 없습니다. 아직 정하지 않은 열: {columns}.</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>e.g. Letter to the Minister of Foreign Affairs</source>
        <translation>예: 외교부 장관에게 보내는 서한</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>날짜 있음</translation>
    </message>
    <message>
        <source>The letter has a date</source>
        <translation>서한에 날짜가 있습니다</translation>
    </message>
    <message>
        <source>Letter date</source>
        <translation>서한 날짜</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>맺음말</translation>
    </message>
    <message>
        <source>Allow restricted recipients</source>
        <translation>제한된 수신자 허용</translation>
    </message>
    <message>
        <source>Restricted contacts are left out of the merge unless this letter allows them</source>
        <translation>이 서한에서 허용하지 않으면 제한된 연락처는 병합에서 빠집니다</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>서한의 언어</translation>
    </message>
    <message>
        <source>Font of the letter</source>
        <translation>서한의 글꼴</translation>
    </message>
    <message>
        <source>Default for the language</source>
        <translation>언어의 기본값</translation>
    </message>
    <message>
        <source>Language version shown</source>
        <translation>표시할 언어 버전</translation>
    </message>
    <message>
        <source>Each recipient gets the version in their language, else the letter&apos;s own</source>
        <translation>수신자마다 그 사람의 언어 버전을 받고, 없으면 서한 원래 언어 버전을 받습니다</translation>
    </message>
    <message>
        <source>Add language…</source>
        <translation>언어 추가…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Remove this language version</source>
        <translation>이 언어 버전 제거</translation>
    </message>
    <message>
        <source>Import from Word…</source>
        <translation>Word에서 가져오기…</translation>
    </message>
    <message>
        <source>Replace the body shown with a Word (.docx) or OpenDocument (.odt) file&apos;s text</source>
        <translation>표시된 본문을 Word(.docx) 또는 OpenDocument(.odt) 파일의 텍스트로 바꿉니다</translation>
    </message>
    <message>
        <source>Signature…</source>
        <translation>서명…</translation>
    </message>
    <message>
        <source>A signature image (PNG or JPEG) printed above the signatory block</source>
        <translation>서명란 위에 인쇄되는 서명 이미지(PNG 또는 JPEG)</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>서명 없음</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>글꼴</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Body in</source>
        <translation>본문 언어</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>서명</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Save the letter (Ctrl+S)</source>
        <translation>서한 저장 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Go back to the letter as it was saved</source>
        <translation>저장된 상태의 서한으로 되돌립니다</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장하지 못함</translation>
    </message>
    <message>
        <source>{language} (main)</source>
        <translation>{language}(기본)</translation>
    </message>
    <message>
        <source>Save or revert the changes before showing another language.</source>
        <translation>다른 언어를 표시하기 전에 변경 사항을 저장하거나 되돌리세요.</translation>
    </message>
    <message>
        <source>Save or revert the changes before adding a language.</source>
        <translation>언어를 추가하기 전에 변경 사항을 저장하거나 되돌리세요.</translation>
    </message>
    <message>
        <source>Add language</source>
        <translation>언어 추가</translation>
    </message>
    <message>
        <source>Language of the new version (or its code, such as pt or vi):</source>
        <translation>새 버전의 언어(또는 pt, vi 같은 코드):</translation>
    </message>
    <message>
        <source>Remove language version</source>
        <translation>언어 버전 제거</translation>
    </message>
    <message>
        <source>Remove the {language} version of this letter? Edit › Undo brings it back.</source>
        <translation>이 서한의 {language} 버전을 제거할까요? 편집 › 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Import from Word</source>
        <translation>Word에서 가져오기</translation>
    </message>
    <message>
        <source>Word or OpenDocument files (*.docx *.odt)</source>
        <translation>Word 또는 OpenDocument 파일 (*.docx *.odt)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>가져오지 않음</translation>
    </message>
    <message>
        <source>Signature image</source>
        <translation>서명 이미지</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>이미지 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Signature not set</source>
        <translation>서명을 설정하지 않음</translation>
    </message>
    <message>
        <source>An image of {width} × {height} pixels</source>
        <translation>{width} × {height} 픽셀 이미지</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>the letter</source>
        <translation>서한</translation>
    </message>
    <message>
        <source>A letter needs a title.</source>
        <translation>서한에는 제목이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>LetterKind</name>
    <message>
        <source>Sign-on letter</source>
        <translation>연명 서한</translation>
    </message>
    <message>
        <source>Open letter</source>
        <translation>공개서한</translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation>일괄 발송</translation>
    </message>
</context>
<context>
    <name>LetterStatus</name>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Collecting signatures</source>
        <translation>서명 받는 중</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>발송함</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>마감</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>Letters table</source>
        <translation>서한 표</translation>
    </message>
    <message>
        <source>New letter…</source>
        <translation>새 서한…</translation>
    </message>
    <message>
        <source>Start a new letter</source>
        <translation>새 서한을 시작합니다</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete the selected letter</source>
        <translation>선택한 서한을 삭제합니다</translation>
    </message>
    <message>
        <source>Print / Merge…</source>
        <translation>인쇄 / 병합…</translation>
    </message>
    <message>
        <source>Preview and print the letter for each recipient, or write PDFs, envelopes, labels</source>
        <translation>수신자별 서한을 미리 보고 인쇄하거나, PDF·봉투·라벨을 만듭니다</translation>
    </message>
    <message>
        <source>Letter settings…</source>
        <translation>서한 설정…</translation>
    </message>
    <message>
        <source>Paper, margins, letterhead, the sender&apos;s address and the default salutation</source>
        <translation>용지, 여백, 레터헤드, 발신자 주소, 기본 인사말</translation>
    </message>
    <message>
        <source>Send by E-mail…</source>
        <translation>이메일로 보내기…</translation>
    </message>
    <message>
        <source>One personal message per recipient, previewed first, never sent twice</source>
        <translation>수신자마다 개별 메시지를 보냅니다. 먼저 미리 보며, 두 번 보내지 않습니다</translation>
    </message>
    <message>
        <source>Letter details</source>
        <translation>서한 정보</translation>
    </message>
    <message>
        <source>Letter, signatories, recipients or attachments</source>
        <translation>서한, 서명 단체, 수신자 또는 첨부 파일</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>서한</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>서명 단체</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>수신자</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>첨부 파일</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>서한 %n통</numerusform>
        </translation>
    </message>
    <message>
        <source>New letter</source>
        <translation>새 서한</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>제목:</translation>
    </message>
    <message>
        <source>Delete letter</source>
        <translation>서한 삭제</translation>
    </message>
    <message>
        <source>Delete the letter “{title}”?</source>
        <translation>서한 “{title}”을(를) 삭제할까요?</translation>
    </message>
    <message numerus="yes">
        <source>This also removes %n signature(s)</source>
        <translation>
            <numerusform>서명 %n건도 함께 삭제되고</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n recipient(s) with their dispatches.</source>
        <translation>
            <numerusform>수신자 %n명과 발송 기록도 삭제됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Ctrl+Z로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>삭제하지 못함</translation>
    </message>
</context>
<context>
    <name>LinkPicker</name>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
</context>
<context>
    <name>LockAfterDialog</name>
    <message>
        <source>Lock when away</source>
        <translation>자리 비움 시 잠금</translation>
    </message>
    <message>
        <source>When nobody has used the keyboard or mouse for these minutes, the window of an encrypted database hides its records, closes the database and forgets its key until the passphrase is entered again. Unsaved changes are kept.</source>
        <translation>이 시간(분) 동안 키보드나 마우스를 쓰지 않으면, 암호화된 데이터베이스의 창이 기록을 숨기고 데이터베이스를 닫으며 암호문을 다시 입력할 때까지 키를 잊습니다. 저장하지 않은 변경 내용은 유지됩니다.</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>안 함</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>유휴 몇 분 후 잠금</translation>
    </message>
    <message>
        <source>0 means never. Plain databases are never locked: they have no key to forget.</source>
        <translation>0은 잠그지 않음을 뜻합니다. 암호화하지 않은 데이터베이스는 잊을 키가 없으므로 잠기지 않습니다.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Lock after:</source>
        <translation>잠금 시간:</translation>
    </message>
</context>
<context>
    <name>LockedScreen</name>
    <message>
        <source>Locked</source>
        <translation>잠김</translation>
    </message>
    <message>
        <source>{name} was closed while you were away. Enter its passphrase to carry on; unsaved changes are kept.</source>
        <translation>자리를 비운 사이 {name}을(를) 닫았습니다. 계속하려면 암호문을 입력하세요. 저장하지 않은 변경 내용은 그대로 있습니다.</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>잠금 해제…</translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <source>Deleting</source>
        <translation>삭제하는 중</translation>
    </message>
    <message>
        <source>Undoing</source>
        <translation>실행 취소하는 중</translation>
    </message>
    <message>
        <source>Redoing</source>
        <translation>다시 실행하는 중</translation>
    </message>
    <message>
        <source>Loading the demo coalition</source>
        <translation>데모 연대 불러오는 중</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>저장하는 중</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>읽는 중</translation>
    </message>
    <message>
        <source>Checking rows</source>
        <translation>행을 검사하는 중</translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation>중복을 찾는 중</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>백업하는 중</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>가져오는 중</translation>
    </message>
    <message>
        <source>Counting restricted records</source>
        <translation>제한된 기록을 세는 중</translation>
    </message>
    <message>
        <source>Reading records</source>
        <translation>기록을 읽는 중</translation>
    </message>
    <message>
        <source>Saving the file</source>
        <translation>파일을 저장하는 중</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>매일 백업</translation>
    </message>
    <message>
        <source>Copying the database</source>
        <translation>데이터베이스를 복사하는 중</translation>
    </message>
    <message>
        <source>Checking the copy</source>
        <translation>사본을 검사하는 중</translation>
    </message>
    <message>
        <source>Removing old backups</source>
        <translation>오래된 백업을 지우는 중</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>백업을 검사하는 중</translation>
    </message>
    <message>
        <source>Backing up the current state</source>
        <translation>현재 상태를 백업하는 중</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>복원하는 중</translation>
    </message>
    <message>
        <source>Merging letters</source>
        <translation>서한을 병합하는 중</translation>
    </message>
    <message>
        <source>Printing letters</source>
        <translation>서한을 인쇄하는 중</translation>
    </message>
    <message>
        <source>Printing envelopes</source>
        <translation>봉투를 인쇄하는 중</translation>
    </message>
    <message>
        <source>Printing labels</source>
        <translation>라벨을 인쇄하는 중</translation>
    </message>
    <message>
        <source>Encrypting the database</source>
        <translation>데이터베이스 암호화 중</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>암호문 변경 중</translation>
    </message>
    <message>
        <source>Writing a plain copy</source>
        <translation>암호화하지 않은 사본 쓰는 중</translation>
    </message>
    <message>
        <source>Writing messages</source>
        <translation>메시지 작성 중</translation>
    </message>
    <message>
        <source>Sending messages</source>
        <translation>메시지 보내는 중</translation>
    </message>
    <message>
        <source>Writing .eml files</source>
        <translation>.eml 파일 쓰는 중</translation>
    </message>
    <message>
        <source>Writing the Word document</source>
        <translation>Word 문서를 쓰는 중</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>작업하는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Something went wrong that should not have: {error}</source>
        <translation>일어나서는 안 되는 문제가 생겼습니다: {error}</translation>
    </message>
    <message>
        <source>You are not allowed to write or read {file}. Choose another folder, or ask whoever manages this computer.</source>
        <translation>{file}을(를) 읽거나 쓸 권한이 없습니다. 다른 폴더를 선택하거나 이 컴퓨터 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>The disk is full: {file} could not be written. Free some space, or choose another disk.</source>
        <translation>디스크가 가득 찼습니다. {file}을(를) 쓸 수 없습니다. 공간을 확보하거나 다른 디스크를 선택하세요.</translation>
    </message>
    <message>
        <source>{file} is on a disk that can only be read. Choose another folder.</source>
        <translation>{file}은(는) 읽기 전용 디스크에 있습니다. 다른 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>{file} or its folder does not exist (any more).</source>
        <translation>{file} 또는 그 폴더가 (더 이상) 없습니다.</translation>
    </message>
    <message>
        <source>The system refused: {reason} ({file})</source>
        <translation>시스템이 거부했습니다: {reason} ({file})</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>파일</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CoalitionDesk — {name}[*]</source>
        <translation>CoalitionDesk — {name}[*]</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>구역</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>단체</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>서한</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>활동</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>The database this window shows</source>
        <translation>이 창에 표시된 데이터베이스</translation>
    </message>
    <message>
        <source>Follow-ups past their date: see Activities</source>
        <translation>날짜가 지난 후속 조치: 활동 탭을 확인하세요</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>새 데이터베이스(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>데이터베이스 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Import organizations or contacts from a file</source>
        <translation>파일에서 단체나 연락처를 가져옵니다</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Export a list for partners</source>
        <translation>파트너에게 줄 목록을 내보냅니다</translation>
    </message>
    <message>
        <source>&amp;Print / Merge…</source>
        <translation>인쇄 / 병합(&amp;P)…</translation>
    </message>
    <message>
        <source>Print merged letters, envelopes and labels</source>
        <translation>병합한 서한, 봉투, 주소 라벨을 인쇄합니다</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>백업(&amp;B)…</translation>
    </message>
    <message>
        <source>Back up the database now, or restore a backup</source>
        <translation>지금 데이터베이스를 백업하거나 백업을 복원합니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>변경 기록(&amp;H)…</translation>
    </message>
    <message>
        <source>Every change made to the database; undo any one of them</source>
        <translation>데이터베이스의 모든 변경. 어느 것이든 되돌릴 수 있습니다</translation>
    </message>
    <message>
        <source>Find D&amp;uplicates…</source>
        <translation>중복 찾기(&amp;U)…</translation>
    </message>
    <message>
        <source>Likely duplicate organizations or contacts, and merging them</source>
        <translation>중복 가능성이 높은 단체나 연락처를 찾아 병합합니다</translation>
    </message>
    <message>
        <source>C&amp;hange Selected…</source>
        <translation>선택 항목 변경(&amp;H)…</translation>
    </message>
    <message>
        <source>Set one field on the selected records, or on all the filters show</source>
        <translation>선택한 기록 또는 필터로 표시된 기록 전체에서 필드 하나를 설정합니다</translation>
    </message>
    <message>
        <source>&amp;Own Fields…</source>
        <translation>사용자 정의 필드(&amp;O)…</translation>
    </message>
    <message>
        <source>Fields of your own for organizations and contacts</source>
        <translation>단체와 연락처에 직접 정의하는 필드</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>Add a record</source>
        <translation>기록을 추가합니다</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>기록을 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>선택한 기록을 삭제합니다</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>찾기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation>검색어와 필터 지우기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About CoalitionDesk</source>
        <translation>CoalitionDesk 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>사용자 안내서(&amp;U)</translation>
    </message>
    <message>
        <source>The user guide, at the part about the tab in front</source>
        <translation>사용자 안내서에서 앞에 열린 탭에 관한 부분을 엽니다</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Recent &amp;Databases</source>
        <translation>최근 데이터베이스(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>보안(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>열(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>기한이 지난 후속 조치 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장하지 못함</translation>
    </message>
    <message>
        <source>Reconnecting to the server… Your edits are kept and will be saved once it answers.</source>
        <translation>서버에 다시 연결하는 중… 편집한 내용은 보존되며 서버가 응답하면 저장됩니다.</translation>
    </message>
    <message>
        <source>Reconnecting to the server… This change will be made once it answers.</source>
        <translation>서버에 다시 연결하는 중… 서버가 응답하면 이 변경이 저장됩니다.</translation>
    </message>
    <message>
        <source>The server is not answering: nothing could be read from it. Your edits are kept; try again once it answers.</source>
        <translation>서버가 응답하지 않아 아무것도 읽지 못했습니다. 편집 내용은 그대로 있습니다. 서버가 응답하면 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>Perhaps not saved</source>
        <translation>저장되지 않았을 수 있음</translation>
    </message>
    <message>
        <source>Perhaps not deleted</source>
        <translation>삭제되지 않았을 수 있음</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>삭제하지 못함</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>{name}을(를) 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>This also removes:</source>
        <translation>다음 항목도 함께 삭제됩니다:</translation>
    </message>
    <message>
        <source>Nothing else refers to it.</source>
        <translation>이 기록을 참조하는 다른 항목은 없습니다.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Ctrl+Z로 실행 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>{what} 실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>{what} 다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Encrypt this database</source>
        <translation>이 데이터베이스 암호화</translation>
    </message>
    <message>
        <source>Demo coalition</source>
        <translation>데모 연대체</translation>
    </message>
    <message>
        <source>Print / Merge</source>
        <translation>인쇄 / 병합</translation>
    </message>
    <message>
        <source>Choose the letter to print on the Letters tab, or start a new one.</source>
        <translation>서한 탭에서 인쇄할 서한을 고르거나 새 서한을 시작하세요.</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>새 데이터베이스</translation>
    </message>
    <message>
        <source>CoalitionDesk databases (*.sqlite3 *.db)</source>
        <translation>CoalitionDesk 데이터베이스 (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>{path} already exists. Choose a new file name, or use Open Database.</source>
        <translation>{path}이(가) 이미 있습니다. 새 파일 이름을 고르거나 ‘데이터베이스 열기’를 사용하세요.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>데이터베이스 열기</translation>
    </message>
    <message>
        <source>CoalitionDesk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>CoalitionDesk 데이터베이스 (*.sqlite3 *.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>잠김</translation>
    </message>
    <message>
        <source>Close without unlocking? The changes you had not saved are lost.</source>
        <translation>잠금을 해제하지 않고 닫을까요? 저장하지 않은 변경 내용은 사라집니다.</translation>
    </message>
    <message>
        <source>No other recent databases</source>
        <translation>최근 사용한 다른 데이터베이스 없음</translation>
    </message>
    <message>
        <source>Columns of the current table</source>
        <translation>현재 표의 열</translation>
    </message>
    <message>
        <source>About CoalitionDesk</source>
        <translation>CoalitionDesk 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CoalitionDesk {version}&lt;/h3&gt;&lt;p&gt;Members, sign-on letters and mailings for the secretariat of a coalition.&lt;/p&gt;&lt;p&gt;Database: {database}&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CoalitionDesk {version}&lt;/h3&gt;&lt;p&gt;연대체 사무국을 위한 회원 관리, 연명 서한, 일괄 발송 도구.&lt;/p&gt;&lt;p&gt;데이터베이스: {database}&lt;/p&gt;&lt;p&gt;GNU 일반 공중 사용 허가서 버전 3 이상에 따라 배포됩니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{n} activities</source>
        <translation>활동 {n}건</translation>
    </message>
    <message>
        <source>{n} countries</source>
        <translation>국가 {n}개</translation>
    </message>
    <message>
        <source>{shown} of {total} organizations shown</source>
        <translation>단체 {total}개 중 {shown}개 표시</translation>
    </message>
    <message>
        <source>{shown} of {total} contacts shown</source>
        <translation>연락처 {total}개 중 {shown}개 표시</translation>
    </message>
    <message>
        <source>&amp;Encrypt this database…</source>
        <translation>이 데이터베이스 암호화(&amp;E)…</translation>
    </message>
    <message>
        <source>Keep the database encrypted: it opens only with its passphrase</source>
        <translation>데이터베이스를 암호화해 둡니다. 암호문이 있어야만 열립니다</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>암호문 변경(&amp;C)…</translation>
    </message>
    <message>
        <source>Save a &amp;plain copy…</source>
        <translation>암호화하지 않은 사본 저장(&amp;P)…</translation>
    </message>
    <message>
        <source>Write an unencrypted copy of the database to a file</source>
        <translation>데이터베이스의 암호화하지 않은 사본을 파일로 씁니다</translation>
    </message>
    <message>
        <source>&amp;Forget the remembered passphrase</source>
        <translation>기억한 암호문 지우기(&amp;F)</translation>
    </message>
    <message>
        <source>Ask for the passphrase again each time this database opens</source>
        <translation>이 데이터베이스를 열 때마다 암호문을 다시 묻습니다</translation>
    </message>
    <message>
        <source>&amp;Lock when away…</source>
        <translation>자리 비움 시 잠금(&amp;L)…</translation>
    </message>
    <message>
        <source>The idle minutes after which an encrypted database is locked</source>
        <translation>암호화된 데이터베이스를 잠그기까지 사용하지 않은 시간(분)</translation>
    </message>
    <message>
        <source>This database is on a server; it is encrypted there.</source>
        <translation>이 데이터베이스는 서버에 있으며 서버에서 암호화됩니다.</translation>
    </message>
    <message>
        <source>This database is encrypted already; use Change passphrase to change it.</source>
        <translation>이 데이터베이스는 이미 암호화되어 있습니다. 바꾸려면 암호문 변경을 사용하세요.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>암호문 변경</translation>
    </message>
    <message>
        <source>This database is not encrypted; use Encrypt this database first.</source>
        <translation>이 데이터베이스는 암호화되어 있지 않습니다. 먼저 이 데이터베이스 암호화를 사용하세요.</translation>
    </message>
    <message>
        <source>The new passphrase is the current one; nothing was changed.</source>
        <translation>새 암호문이 현재 암호문과 같습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The database is encrypted. The file it replaced was overwritten with zeros and removed.</source>
        <translation>데이터베이스가 암호화되었습니다. 대체된 파일은 0으로 덮어쓴 뒤 삭제했습니다.</translation>
    </message>
    <message>
        <source>SSDs and file-system snapshots may still keep old blocks of the plain file; encryption protects what is written from now on.</source>
        <translation>SSD와 파일 시스템 스냅숏에는 암호화되지 않은 파일의 예전 블록이 남아 있을 수 있습니다. 암호화는 지금부터 쓰는 내용을 보호합니다.</translation>
    </message>
    <message>
        <source>The system keyring did not take the new passphrase ({reason}); it will be asked when the database next opens.</source>
        <translation>시스템 키링이 새 암호문을 받지 않았습니다({reason}). 다음에 데이터베이스를 열 때 암호문을 묻습니다.</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>암호화됨</translation>
    </message>
    <message>
        <source>Save a plain copy</source>
        <translation>암호화하지 않은 사본 저장</translation>
    </message>
    <message>
        <source>This database is not encrypted; copy its file as it is.</source>
        <translation>이 데이터베이스는 암호화되어 있지 않습니다. 파일을 그대로 복사하세요.</translation>
    </message>
    <message>
        <source>Save a plain (unencrypted) copy</source>
        <translation>암호화하지 않은 사본 저장</translation>
    </message>
    <message>
        <source>Wrote a plain copy to {file}. Anyone who has this file can read every record in it: delete it when you are done.</source>
        <translation>암호화하지 않은 사본을 {file}에 썼습니다. 이 파일을 가진 누구나 모든 기록을 읽을 수 있으니, 다 쓰면 삭제하세요.</translation>
    </message>
    <message>
        <source>Forget the remembered passphrase</source>
        <translation>기억한 암호문 지우기</translation>
    </message>
    <message>
        <source>The system keyring did not forget the passphrase ({reason}); it still opens this database without asking.</source>
        <translation>시스템 키링이 암호문을 지우지 않았습니다({reason}). 여전히 묻지 않고 이 데이터베이스를 엽니다.</translation>
    </message>
    <message>
        <source>The passphrase is no longer remembered on this computer; it will be asked each time the database opens.</source>
        <translation>이 컴퓨터는 더 이상 암호문을 기억하지 않습니다. 데이터베이스를 열 때마다 암호문을 묻습니다.</translation>
    </message>
    <message>
        <source>No passphrase was remembered for this database.</source>
        <translation>이 데이터베이스에 대해 기억한 암호문이 없습니다.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Check what each column is. The guesses come from the headers; your choice is remembered for files like this one.</source>
        <translation>각 열이 무엇인지 확인하세요. 추측은 머리글에서 나온 것이며, 고른 내용은 이와 같은 파일을 위해 기억합니다.</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>단체</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>첫 값들</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>가져올 항목</translation>
    </message>
    <message>
        <source>The names look garbled: the file seems to be in another encoding.</source>
        <translation>이름이 깨져 보입니다. 파일이 다른 인코딩으로 되어 있는 것 같습니다.</translation>
    </message>
    <message>
        <source>Read it again as this</source>
        <translation>이 인코딩으로 다시 읽기</translation>
    </message>
    <message>
        <source>Membership status of the organizations it creates:</source>
        <translation>새로 만드는 단체의 회원 상태:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>The rows are:</source>
        <translation>각 행은:</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>가져오지 않음</translation>
    </message>
    <message>
        <source>Choose the membership status of the organizations this import creates: no column gives one to every row.</source>
        <translation>이 가져오기로 새로 만드는 단체의 회원 상태를 선택하세요. 모든 행에 회원 상태를 주는 열이 없습니다.</translation>
    </message>
    <message>
        <source>CoalitionDesk ID</source>
        <translation>CoalitionDesk ID</translation>
    </message>
    <message>
        <source>Name (Country)</source>
        <translation>이름 (국가)</translation>
    </message>
    <message>
        <source>Name (whole)</source>
        <translation>이름 (전체)</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>단체</translation>
    </message>
    <message>
        <source>Role at the organization</source>
        <translation>단체에서의 역할</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
</context>
<context>
    <name>MembersChart</name>
    <message>
        <source>Chart of member organizations</source>
        <translation>회원 단체 차트</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>회원 단체</translation>
    </message>
</context>
<context>
    <name>MembershipHistory</name>
    <message>
        <source>Membership history</source>
        <translation>회원 자격 이력</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>MembershipStatus</name>
    <message>
        <source>Member</source>
        <translation>회원</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>옵서버</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>가입 후보</translation>
    </message>
    <message>
        <source>Former</source>
        <translation>전 회원</translation>
    </message>
    <message>
        <source>Non-member</source>
        <translation>비회원</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Print / Merge</source>
        <translation>인쇄 / 병합</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>페이지 미리 보기</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <source>Previous recipient</source>
        <translation>이전 수신자</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <source>Next recipient</source>
        <translation>다음 수신자</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>이전 페이지</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>다음 페이지</translation>
    </message>
    <message>
        <source>Recipients left out</source>
        <translation>제외된 수신자</translation>
    </message>
    <message>
        <source>Print for recipients whose address needs checking too</source>
        <translation>주소 확인이 필요한 수신자도 인쇄</translation>
    </message>
    <message>
        <source>Their addresses lack a part the destination&apos;s post needs; print them anyway</source>
        <translation>도착 국가의 우편에 필요한 주소 요소가 빠져 있습니다. 그래도 인쇄합니다</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>서한</translation>
    </message>
    <message>
        <source>Envelopes</source>
        <translation>봉투</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>주소 라벨</translation>
    </message>
    <message>
        <source>For window envelopes</source>
        <translation>창봉투용</translation>
    </message>
    <message>
        <source>Place the address where the window of a DL or C5 window envelope falls</source>
        <translation>DL 또는 C5 창봉투의 창 위치에 주소를 놓습니다</translation>
    </message>
    <message>
        <source>Envelope size</source>
        <translation>봉투 크기</translation>
    </message>
    <message>
        <source>US #10</source>
        <translation>US #10</translation>
    </message>
    <message>
        <source>Label sheet</source>
        <translation>라벨 용지</translation>
    </message>
    <message>
        <source>{name} ({count} per {paper} sheet)</source>
        <translation>{name} ({paper} 용지당 {count}개)</translation>
    </message>
    <message>
        <source>First label to use</source>
        <translation>처음 사용할 라벨</translation>
    </message>
    <message>
        <source>On a part-used sheet: the first free label, counted across then down</source>
        <translation>일부 사용한 용지에서 비어 있는 첫 라벨입니다. 가로로 센 다음 아래로 셉니다</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>용지</translation>
    </message>
    <message>
        <source>Start at label</source>
        <translation>시작 라벨</translation>
    </message>
    <message>
        <source>Printer…</source>
        <translation>프린터…</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF 파일</translation>
    </message>
    <message>
        <source>One PDF per recipient</source>
        <translation>수신자별 PDF</translation>
    </message>
    <message>
        <source>Word document (.docx), to edit</source>
        <translation>편집용 Word 문서(.docx)</translation>
    </message>
    <message>
        <source>One document with every letter, each from a new page, that a partner can edit</source>
        <translation>모든 서한을 각각 새 페이지에서 시작하는 하나의 문서로, 파트너가 편집할 수 있습니다</translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation>파일 또는 폴더</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Name each file after</source>
        <translation>각 파일 이름의 기준</translation>
    </message>
    <message>
        <source>Record the letters as sent today</source>
        <translation>오늘 서한을 발송한 것으로 기록</translation>
    </message>
    <message>
        <source>Each recipient&apos;s record then shows this letter, the date and how it was sent</source>
        <translation>각 수신자의 기록에 이 서한과 날짜, 발송 방법이 표시됩니다</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>발송 방법</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>우편</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>직접 전달</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <source>What</source>
        <translation>무엇을</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>어디로</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Name files after</source>
        <translation>파일 이름 기준</translation>
    </message>
    <message>
        <source>Write PDF</source>
        <translation>PDF 만들기</translation>
    </message>
    <message>
        <source>Letter settings…</source>
        <translation>서한 설정…</translation>
    </message>
    <message>
        <source>Paper, margins, letterhead and the sender&apos;s address</source>
        <translation>용지, 여백, 레터헤드, 발신자 주소</translation>
    </message>
    <message>
        <source>Stopped before the letters were merged.</source>
        <translation>서한을 병합하기 전에 중지했습니다.</translation>
    </message>
    <message>
        <source>Print / Merge — {title}</source>
        <translation>인쇄 / 병합 — {title}</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>{name} (printed): {reason}</source>
        <translation>{name}(인쇄됨): {reason}</translation>
    </message>
    <message>
        <source>{name}: not in the signatory block (marked “do not share”)</source>
        <translation>{name}: 서명란에서 제외됨(“공유 안 함” 표시)</translation>
    </message>
    <message numerus="yes">
        <source>Left out (%n recipient(s)):</source>
        <translation>
            <numerusform>제외됨 (수신자 %n명):</numerusform>
        </translation>
    </message>
    <message>
        <source>Every recipient will be printed; some addresses need checking:</source>
        <translation>모든 수신자를 인쇄합니다. 일부 주소는 확인이 필요합니다:</translation>
    </message>
    <message>
        <source>Every recipient will be printed.</source>
        <translation>모든 수신자에게 인쇄합니다.</translation>
    </message>
    <message>
        <source>Letters per language: {counts}</source>
        <translation>언어별 서한: {counts}</translation>
    </message>
    <message>
        <source>These addresses do not fit their label even at the smallest size and would be cut: {names}</source>
        <translation>다음 주소는 가장 작은 크기로도 라벨에 맞지 않아 잘립니다: {names}</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>라벨 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{total}명 중 {n}번째</translation>
    </message>
    <message>
        <source>No letters to print</source>
        <translation>인쇄할 서한 없음</translation>
    </message>
    <message>
        <source>{name} · {language}</source>
        <translation>{name} · {language}</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>{total}쪽 중 {n}쪽</translation>
    </message>
    <message>
        <source>Sheet {n} of {total}</source>
        <translation>{total}장 중 {n}장</translation>
    </message>
    <message>
        <source>Nothing to preview.</source>
        <translation>미리 볼 내용이 없습니다.</translation>
    </message>
    <message>
        <source>No installed font can draw some characters; they would print as empty boxes: {shown}</source>
        <translation>설치된 글꼴로 그릴 수 없는 문자가 있어 빈 상자로 인쇄됩니다: {shown}</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <source>Write Word document</source>
        <translation>Word 문서 쓰기</translation>
    </message>
    <message>
        <source>Folder for the PDFs</source>
        <translation>PDF를 저장할 폴더</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 문서 (*.docx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to write the PDF.</source>
        <translation>PDF를 저장할 위치를 고르세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n쪽</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>문서 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>{path}에 썼습니다</translation>
    </message>
    <message>
        <source>Did not fit, even shrunk: {names}</source>
        <translation>줄여도 들어가지 않음: {names}</translation>
    </message>
    <message>
        <source>Recorded as sent on {date}.</source>
        <translation>{date}에 발송한 것으로 기록했습니다.</translation>
    </message>
    <message>
        <source>Not printed: {message}</source>
        <translation>인쇄하지 못함: {message}</translation>
    </message>
    <message>
        <source>Stopped; nothing was recorded as sent.</source>
        <translation>중지했습니다. 발송한 것으로 기록된 서한은 없습니다.</translation>
    </message>
</context>
<context>
    <name>MergeFields</name>
    <message>
        <source>Recipient</source>
        <translation>수신자</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>서한</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>서명 단체</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>발신자</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>전체 이름</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>경칭</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>성</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>고유 문자로 쓴 이름</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>인사말</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>직책</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>단체</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Address block</source>
        <translation>주소 블록</translation>
    </message>
    <message>
        <source>Letter date</source>
        <translation>서한 날짜</translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation>오늘 날짜</translation>
    </message>
    <message>
        <source>Letter title</source>
        <translation>서한 제목</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>맺음말</translation>
    </message>
    <message>
        <source>Signatory block</source>
        <translation>서명 단체 목록</translation>
    </message>
    <message>
        <source>Number of signatories</source>
        <translation>서명 단체 수</translation>
    </message>
    <message>
        <source>Number of signatories&apos; countries</source>
        <translation>서명 단체의 국가 수</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>발신자 이름</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>발신자 주소</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message numerus="yes">
        <source>Encrypt its %n existing backup(s) too</source>
        <translation>
            <numerusform>기존 백업 %n개도 암호화</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypt this database</source>
        <translation>이 데이터베이스 암호화</translation>
    </message>
    <message>
        <source>Anyone who holds this computer can read a plain database. Encrypted, it opens only with the passphrase. CoalitionDesk writes an encrypted copy, checks it, puts it in place of the database and overwrites the plain file with zeros.</source>
        <translation>암호화하지 않은 데이터베이스는 이 컴퓨터를 손에 넣은 누구나 읽을 수 있습니다. 암호화하면 암호문이 있어야만 열립니다. CoalitionDesk는 암호화된 사본을 쓰고 검사한 뒤 데이터베이스 자리에 놓고, 암호화하지 않은 파일은 0으로 덮어씁니다.</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>암호화</translation>
    </message>
    <message numerus="yes">
        <source>Encrypt its %n backup(s) with the new passphrase too</source>
        <translation>
            <numerusform>백업 %n개도 새 암호문으로 암호화</numerusform>
        </translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>암호문 변경</translation>
    </message>
    <message>
        <source>The database is written again under the new passphrase; the file under the old one is overwritten with zeros.</source>
        <translation>데이터베이스를 새 암호문으로 다시 쓰고, 옛 암호문의 파일은 0으로 덮어씁니다.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>새 암호문</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>새 암호문 확인</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>암호문 보기</translation>
    </message>
    <message>
        <source>Keep the passphrase somewhere safe. It cannot be recovered: if it is lost, nobody, you included, can open this database or its backups again, and the data is gone.</source>
        <translation>암호문은 안전한 곳에 보관하세요. 되찾을 방법이 없습니다. 잃어버리면 본인을 포함해 누구도 이 데이터베이스와 백업을 다시 열 수 없고, 데이터는 사라집니다.</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>새 암호문:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>한 번 더:</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>암호문을 입력하세요.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>두 암호문이 다릅니다. 다시 입력하세요.</translation>
    </message>
</context>
<context>
    <name>OrganizationFilterBar</name>
    <message>
        <source>Membership</source>
        <translation>회원 자격</translation>
    </message>
    <message>
        <source>Any membership</source>
        <translation>모든 회원 상태</translation>
    </message>
    <message>
        <source>International (no country)</source>
        <translation>국제 (국가 없음)</translation>
    </message>
</context>
<context>
    <name>OrganizationForm</name>
    <message>
        <source>Identity</source>
        <translation>기본 정보</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>International</source>
        <translation>국제</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>회원 자격</translation>
    </message>
    <message>
        <source>History</source>
        <translation>이력</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>연락 정보</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>From the membership history: change the status to Member, with its date, to change it</source>
        <translation>회원 자격 이력에서 가져온 값입니다. 바꾸려면 상태를 날짜와 함께 회원으로 변경하세요</translation>
    </message>
    <message>
        <source>the new organization</source>
        <translation>새 단체</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>새 단체</translation>
    </message>
</context>
<context>
    <name>OrganizationKind</name>
    <message>
        <source>NGO</source>
        <translation>NGO</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>UN body</source>
        <translation>유엔 기구</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>정부</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>언론</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>학계</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>PageSettingsDialog</name>
    <message>
        <source>Letter settings</source>
        <translation>서한 설정</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>용지</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8½ × 11 in)</source>
        <translation>US Letter (8½ × 11 in)</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>위</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>아래</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>왼쪽</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>오른쪽</translation>
    </message>
    <message>
        <source>{side} margin</source>
        <translation>{side} 여백</translation>
    </message>
    <message>
        <source>Letterhead text</source>
        <translation>레터헤드 문구</translation>
    </message>
    <message>
        <source>Printed at the top of each letter&apos;s first page, e.g. the coalition&apos;s name</source>
        <translation>각 서한 첫 페이지 맨 위에 인쇄됩니다. 예: 연대체 이름</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>이미지 선택…</translation>
    </message>
    <message>
        <source>A PNG image printed instead of the text</source>
        <translation>문구 대신 인쇄할 PNG 이미지</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>이미지 제거</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>발신자 이름</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>발신자 주소</translation>
    </message>
    <message>
        <source>One line per line of the address</source>
        <translation>주소 한 줄에 한 줄씩</translation>
    </message>
    <message>
        <source>Sender country code</source>
        <translation>발신 국가 코드</translation>
    </message>
    <message>
        <source>e.g. KR</source>
        <translation>예: KR</translation>
    </message>
    <message>
        <source>Letters to other countries get a country line in their address</source>
        <translation>다른 나라로 보내는 서한은 주소에 국가 줄이 붙습니다</translation>
    </message>
    <message>
        <source>Salutation when there is no name</source>
        <translation>이름이 없을 때의 인사말</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>페이지</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>여백</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>레터헤드</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>문구</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>발신자</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Salutation without a name</source>
        <translation>이름 없는 인사말</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>이미지 없음</translation>
    </message>
    <message>
        <source>Letterhead image</source>
        <translation>레터헤드 이미지</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>That image is larger than 2 MB; use a smaller one.</source>
        <translation>이미지가 2MB보다 큽니다. 더 작은 이미지를 사용하세요.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted database</source>
        <translation>암호화된 데이터베이스</translation>
    </message>
    <message>
        <source>{name} is encrypted. Enter its passphrase to open it.</source>
        <translation>{name}은(는) 암호화되어 있습니다. 열려면 암호문을 입력하세요.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>암호문</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>암호문 보기</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>이 컴퓨터에 기억</translation>
    </message>
    <message>
        <source>Kept in the system keyring: anyone who can log in as you here can open this database without the passphrase.</source>
        <translation>시스템 키링에 보관됩니다. 이 컴퓨터에 내 계정으로 로그인할 수 있는 사람은 누구나 암호문 없이 이 데이터베이스를 열 수 있습니다.</translation>
    </message>
    <message>
        <source>This computer offers no system keyring (such as the Keychain, the Credential Locker or the Secret Service) to keep it in.</source>
        <translation>이 컴퓨터에는 암호문을 보관할 시스템 키링(키체인, 자격 증명 보관소, Secret Service 등)이 없습니다.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>암호문:</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>암호문을 입력하세요.</translation>
    </message>
    <message>
        <source>That passphrase does not open {name}. Nothing was changed; try again.</source>
        <translation>그 암호문으로는 {name}을(를) 열 수 없습니다. 아무것도 바꾸지 않았습니다. 다시 입력하세요.</translation>
    </message>
    <message>
        <source>The system keyring did not keep the passphrase ({reason}); it will be asked when {name} next opens.</source>
        <translation>시스템 키링이 암호문을 보관하지 못했습니다({reason}). 다음에 {name}을(를) 열 때 암호문을 묻습니다.</translation>
    </message>
    <message>
        <source>The passphrase remembered on this computer does not open {name}; it was forgotten. Enter the passphrase.</source>
        <translation>이 컴퓨터에 기억된 암호문으로는 {name}을(를) 열 수 없어 잊었습니다. 암호문을 입력하세요.</translation>
    </message>
</context>
<context>
    <name>PasteListDialog</name>
    <message>
        <source>Paste a list of signatories</source>
        <translation>서명 단체 목록 붙여 넣기</translation>
    </message>
    <message>
        <source>Pasted list</source>
        <translation>붙여 넣은 목록</translation>
    </message>
    <message>
        <source>One organization per line, for example:
Burma Partnership (Thailand)
International Federation for Human Rights (FIDH)</source>
        <translation>한 줄에 한 단체씩, 예를 들어:
Burma Partnership (Thailand)
International Federation for Human Rights (FIDH)</translation>
    </message>
    <message>
        <source>Match…</source>
        <translation>대조…</translation>
    </message>
    <message>
        <source>Each line is matched to a stored organization, or proposed as a new one; you check the matches before anything is added.</source>
        <translation>각 줄을 저장된 단체와 대조하거나 새 단체로 제안합니다. 무엇이든 추가하기 전에 대조 결과를 확인합니다.</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>처리</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation>문제와 참고 사항</translation>
    </message>
    <message>
        <source>new</source>
        <translation>새 기록</translation>
    </message>
    <message>
        <source>update</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>가져오지 않음</translation>
    </message>
    <message>
        <source> (decide)</source>
        <translation> (결정 필요)</translation>
    </message>
    <message>
        <source>changes: </source>
        <translation>변경: </translation>
    </message>
    <message>
        <source>adds tags: </source>
        <translation>태그 추가: </translation>
    </message>
    <message>
        <source>keeps the stored name; adds {name} as another name</source>
        <translation>저장된 이름을 유지하고 {name}을(를) 다른 이름으로 추가합니다</translation>
    </message>
    <message>
        <source>the same record as row {rows}</source>
        <translation>{rows}행과 같은 기록</translation>
    </message>
    <message>
        <source>country not given</source>
        <translation>국가 없음</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>What each row will become. Nothing is written until you press Import; the whole import can be undone.</source>
        <translation>각 행이 어떻게 될지 보여 줍니다. ‘가져오기’를 누르기 전에는 아무것도 쓰지 않으며, 가져오기 전체를 실행 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Only rows that need attention</source>
        <translation>확인이 필요한 행만</translation>
    </message>
    <message>
        <source>This row:</source>
        <translation>이 행:</translation>
    </message>
    <message>
        <source>Save error report…</source>
        <translation>오류 보고서 저장…</translation>
    </message>
    <message>
        <source>Optional: a letter&apos;s title</source>
        <translation>선택 사항: 서한 제목</translation>
    </message>
    <message>
        <source>Signatories or recipients of:</source>
        <translation>다음 서한의 서명 단체 또는 수신자:</translation>
    </message>
    <message>
        <source>Rows that are people, not organizations ({count}): import them as contacts of their organization</source>
        <translation>단체가 아닌 개인인 행({count}개): 소속 단체의 연락처로 가져옵니다</translation>
    </message>
    <message>
        <source>Split “Name (Country)” in the column {header} into the name and the country</source>
        <translation>{header} 열의 “이름 (국가)”를 이름과 국가로 나누기</translation>
    </message>
    <message>
        <source>This column needs the membership status of the organizations it creates: go back and choose it.</source>
        <translation>이 열로 만드는 단체의 회원 상태가 필요합니다. 돌아가서 선택하세요.</translation>
    </message>
    <message>
        <source>{rows} rows from {source}: {new} new, {updated} updated, {same} unchanged, {skipped} skipped, {errors} with errors.</source>
        <translation>{source}의 {rows}행: 새 기록 {new}, 갱신 {updated}, 변경 없음 {same}, 건너뜀 {skipped}, 오류 {errors}.</translation>
    </message>
    <message>
        <source>{count} possible duplicates are skipped until you decide.</source>
        <translation>중복일 수 있는 {count}건은 결정할 때까지 건너뜁니다.</translation>
    </message>
    <message>
        <source>New organizations that the file gives no status ({count}) get the membership status {status}, as you chose.</source>
        <translation>파일에 상태가 없는 새 단체({count}개)는 선택한 대로 회원 상태 {status}을(를) 받습니다.</translation>
    </message>
    <message>
        <source>New organizations get the membership status the file gives.</source>
        <translation>새 단체는 파일에 있는 회원 상태를 받습니다.</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation>이 행 건너뛰기</translation>
    </message>
    <message>
        <source>Create a new record</source>
        <translation>새 기록 만들기</translation>
    </message>
    <message>
        <source>the stored record</source>
        <translation>저장된 기록</translation>
    </message>
    <message>
        <source>Update {label} ({score}% alike), keeping its name</source>
        <translation>{label} 업데이트({score}% 유사), 이름 유지</translation>
    </message>
    <message>
        <source>Update {label} and rename it {name}</source>
        <translation>{label} 업데이트 및 이름을 {name}(으)로 변경</translation>
    </message>
    <message>
        <source>The same record twice</source>
        <translation>같은 기록이 두 번</translation>
    </message>
    <message>
        <source>Row {rows} updates this record too. Update it with this row as well? Where the rows differ, the later one&apos;s values are kept.</source>
        <translation>{rows}행도 이 기록을 업데이트합니다. 이 행으로도 업데이트할까요? 행마다 값이 다르면 뒤의 행 값이 남습니다.</translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation>오류 보고서 저장</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>오류 보고서</translation>
    </message>
</context>
<context>
    <name>RecipientTable</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>단체</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Will print</source>
        <translation>인쇄 여부</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>발송일</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>발송 방법</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>회신</translation>
    </message>
</context>
<context>
    <name>RecipientsPanel</name>
    <message>
        <source>Recipients table</source>
        <translation>수신자 표</translation>
    </message>
    <message>
        <source>Contact or organization to add</source>
        <translation>추가할 연락처 또는 단체</translation>
    </message>
    <message>
        <source>Type to find a contact or an organization</source>
        <translation>연락처나 단체 이름을 입력하여 찾기</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Add from…</source>
        <translation>다음에서 추가…</translation>
    </message>
    <message>
        <source>Add recipients from</source>
        <translation>수신자를 추가할 곳</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Record response…</source>
        <translation>회신 기록…</translation>
    </message>
    <message>
        <source>The recipient answered, or did not answer by a deadline</source>
        <translation>수신자가 회신했거나 기한까지 회신하지 않았습니다</translation>
    </message>
    <message>
        <source>{printing} of {total} will be printed</source>
        <translation>{total}건 중 {printing}건을 인쇄합니다</translation>
    </message>
    <message>
        <source>{added} added; {already} already on the letter.</source>
        <translation>{added}건 추가, {already}건은 이미 서한에 있습니다.</translation>
    </message>
    <message>
        <source>Choose a contact or an organization from the list.</source>
        <translation>목록에서 연락처나 단체를 고르세요.</translation>
    </message>
    <message>
        <source>Nothing to add: that tab shows no records.</source>
        <translation>추가할 것이 없습니다. 그 탭에 표시된 기록이 없습니다.</translation>
    </message>
    <message>
        <source>No tags yet: tag records on their forms first.</source>
        <translation>아직 태그가 없습니다. 먼저 각 기록의 양식에서 태그를 붙이세요.</translation>
    </message>
    <message>
        <source>Contacts with a tag</source>
        <translation>태그가 붙은 연락처</translation>
    </message>
    <message>
        <source>Organizations with a tag</source>
        <translation>태그가 붙은 단체</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>태그:</translation>
    </message>
    <message>
        <source>Selected contacts (Contacts tab)</source>
        <translation>선택한 연락처 (연락처 탭)</translation>
    </message>
    <message>
        <source>Contacts shown by the Contacts tab&apos;s search and filters</source>
        <translation>연락처 탭의 검색과 필터로 표시된 연락처</translation>
    </message>
    <message>
        <source>Selected organization (Organizations tab)</source>
        <translation>선택한 단체 (단체 탭)</translation>
    </message>
    <message>
        <source>Organizations shown by the Organizations tab&apos;s search and filters</source>
        <translation>단체 탭의 검색과 필터로 표시된 단체</translation>
    </message>
    <message>
        <source>Contacts with a tag…</source>
        <translation>태그가 붙은 연락처…</translation>
    </message>
    <message>
        <source>Organizations with a tag…</source>
        <translation>태그가 붙은 단체…</translation>
    </message>
    <message>
        <source>Import contacts from a file…</source>
        <translation>파일에서 연락처 가져오기…</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Revert</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Undo the changes made since the record was loaded</source>
        <translation>기록을 불러온 뒤에 바꾼 내용을 되돌립니다</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>날짜 있음</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>지정 안 함</translation>
    </message>
    <message>
        <source>Not available to your role on this server</source>
        <translation>이 서버에서 내 역할로는 볼 수 없습니다</translation>
    </message>
    <message>
        <source>Your role on this server may not change this</source>
        <translation>이 서버에서 내 역할로는 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>쉼표로 구분</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>{name} (edited)</source>
        <translation>{name} (편집됨)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>Save changes to {name}?</source>
        <translation>{name}의 변경 사항을 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>저장하지 않으면 변경 사항이 사라집니다.</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Columns</source>
        <translation>열</translation>
    </message>
    <message>
        <source>{name} table</source>
        <translation>{name} 표</translation>
    </message>
    <message>
        <source>C&amp;hange Selected…</source>
        <translation>선택 항목 변경(&amp;H)…</translation>
    </message>
    <message>
        <source>Set a tag, status, country or other field on the selected records, or on all the search and filters show</source>
        <translation>선택한 기록 또는 검색과 필터로 표시된 기록 전체에 태그, 상태, 국가 등 필드를 설정합니다</translation>
    </message>
    <message>
        <source>Add to Group</source>
        <translation>그룹에 추가</translation>
    </message>
    <message numerus="yes">
        <source>%n affiliation(s)</source>
        <translation>
            <numerusform>소속 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact affiliation(s)</source>
        <translation>
            <numerusform>연락처 소속 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) on letters</source>
        <translation>
            <numerusform>서한 서명 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) among letters&apos; recipients</source>
        <translation>
            <numerusform>서한 수신인 목록 %n곳</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity link(s)</source>
        <translation>
            <numerusform>활동 연결 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>New Group from Selection…</source>
        <translation>선택한 항목으로 새 그룹…</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <source>Africa</source>
        <translation>아프리카</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>아메리카</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>남극</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>아시아</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>유럽</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>오세아니아</translation>
    </message>
    <message>
        <source>Australia and New Zealand</source>
        <translation>오스트레일리아·뉴질랜드</translation>
    </message>
    <message>
        <source>Caribbean</source>
        <translation>카리브</translation>
    </message>
    <message>
        <source>Central America</source>
        <translation>중앙아메리카</translation>
    </message>
    <message>
        <source>Central Asia</source>
        <translation>중앙아시아</translation>
    </message>
    <message>
        <source>Eastern Africa</source>
        <translation>동아프리카</translation>
    </message>
    <message>
        <source>Eastern Asia</source>
        <translation>동아시아</translation>
    </message>
    <message>
        <source>Eastern Europe</source>
        <translation>동유럽</translation>
    </message>
    <message>
        <source>Melanesia</source>
        <translation>멜라네시아</translation>
    </message>
    <message>
        <source>Micronesia</source>
        <translation>미크로네시아</translation>
    </message>
    <message>
        <source>Middle Africa</source>
        <translation>중부 아프리카</translation>
    </message>
    <message>
        <source>Northern Africa</source>
        <translation>북아프리카</translation>
    </message>
    <message>
        <source>Northern America</source>
        <translation>북아메리카</translation>
    </message>
    <message>
        <source>Northern Europe</source>
        <translation>북유럽</translation>
    </message>
    <message>
        <source>Polynesia</source>
        <translation>폴리네시아</translation>
    </message>
    <message>
        <source>South America</source>
        <translation>남아메리카</translation>
    </message>
    <message>
        <source>South-eastern Asia</source>
        <translation>동남아시아</translation>
    </message>
    <message>
        <source>Southern Africa</source>
        <translation>남부 아프리카</translation>
    </message>
    <message>
        <source>Southern Asia</source>
        <translation>남아시아</translation>
    </message>
    <message>
        <source>Southern Europe</source>
        <translation>남유럽</translation>
    </message>
    <message>
        <source>Western Africa</source>
        <translation>서아프리카</translation>
    </message>
    <message>
        <source>Western Asia</source>
        <translation>서아시아</translation>
    </message>
    <message>
        <source>Western Europe</source>
        <translation>서유럽</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>Chart of the report</source>
        <translation>보고서 차트</translation>
    </message>
    <message>
        <source>Others (%1)</source>
        <translation>기타(%1)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>회원 단체</translation>
    </message>
    <message>
        <source>Members at the end of each month</source>
        <translation>매월 말 회원 단체 수</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>활동</translation>
    </message>
    <message>
        <source>Activities per month</source>
        <translation>월별 활동</translation>
    </message>
    <message numerus="yes">
        <source>Activities per month (the latest %n months)</source>
        <translation>
            <numerusform>월별 활동 (최근 %n개월)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportHeaders</name>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>회원 단체</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>가입</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>탈퇴</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>서한</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>서명 단체</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>국가 수</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>수신자</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>회신함</translation>
    </message>
    <message>
        <source>Awaiting</source>
        <translation>회신 대기</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>활동</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>단체</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Members by country</source>
        <translation>국가별 회원 단체</translation>
    </message>
    <message>
        <source>Members by region</source>
        <translation>지역별 회원 단체</translation>
    </message>
    <message>
        <source>Membership over time</source>
        <translation>시기별 회원 현황</translation>
    </message>
    <message>
        <source>Letters: signatories, countries, responses</source>
        <translation>서한: 서명 단체, 국가, 회신</translation>
    </message>
    <message>
        <source>Activities per month</source>
        <translation>월별 활동</translation>
    </message>
    <message>
        <source>Member directory</source>
        <translation>회원 명부</translation>
    </message>
    <message>
        <source>International</source>
        <translation>국제</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Report</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>기준일</translation>
    </message>
    <message>
        <source>Make the report as it stood on this day: membership up to that month, letters&apos; replies awaited then. Without a date: today.</source>
        <translation>이 날짜 기준으로 보고서를 만듭니다. 회원 현황은 그 달까지, 서한 회신 대기는 그 시점 기준입니다. 날짜가 없으면 오늘 기준입니다.</translation>
    </message>
    <message>
        <source>Include restricted contacts</source>
        <translation>제한된 연락처 포함</translation>
    </message>
    <message>
        <source>The member directory leaves out restricted contacts and records tagged “do not share” unless this is ticked</source>
        <translation>이 항목을 체크하지 않으면 회원 명부에서 제한된 연락처와 “공유 안 함” 태그가 붙은 기록을 제외합니다</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <source>Count only the organizations of one of your saved groups</source>
        <translation>저장된 그룹 하나의 단체만 셉니다</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>보고서:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>그룹:</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>보고서 표</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Excel로 내보내기…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>모든 단체</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>집계하는 중…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>프린터를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>보고서 내보내기</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>보고서를 PDF로 저장</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>보고서 인쇄</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>보고서를 저장하지 못함</translation>
    </message>
    <message>
        <source>As of %1 · made %2</source>
        <translation>%1 기준 · %2 작성</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <source>Record response</source>
        <translation>회신 기록</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>회신함</translation>
    </message>
    <message>
        <source>No reply by the deadline</source>
        <translation>기한까지 회신 없음</translation>
    </message>
    <message>
        <source>Date of the response or the deadline</source>
        <translation>회신 날짜 또는 기한</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>What they answered, in a sentence or two</source>
        <translation>회신 내용을 한두 문장으로</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Response to the letter from {name}</source>
        <translation>{name}의 서한 회신</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>No reply by {date}</source>
        <translation>{date}까지 회신 없음</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Importing</source>
        <translation>가져오는 중</translation>
    </message>
    <message>
        <source>All rows are written in one transaction: all or nothing.</source>
        <translation>모든 행을 하나의 트랜잭션으로 씁니다. 전부 쓰거나, 하나도 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>이 가져오기 실행 취소</translation>
    </message>
    <message>
        <source>Writing {count} rows in one transaction…</source>
        <translation>{count}행을 하나의 트랜잭션으로 쓰는 중…</translation>
    </message>
    <message>
        <source>Created {new}, updated {updated}, unchanged {same}, skipped {skipped}, errors {errors}.</source>
        <translation>새로 만듦 {new}, 갱신 {updated}, 변경 없음 {same}, 건너뜀 {skipped}, 오류 {errors}.</translation>
    </message>
    <message>
        <source>New organizations the file gives no status: {status}.</source>
        <translation>파일에 상태가 없는 새 단체: {status}.</translation>
    </message>
    <message>
        <source>People as contacts: {new} new, {updated} updated, {same} unchanged.</source>
        <translation>연락처로 가져온 개인: 새로 {new}명, 업데이트 {updated}명, 변경 없음 {same}명.</translation>
    </message>
    <message>
        <source>{count} added to the letter.</source>
        <translation>서한에 {count}건을 추가했습니다.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>가져오기 완료</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>가져온 것이 없습니다</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>가져오기 중지됨</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was changed.</source>
        <translation>가져오기를 중지했습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Undone: {deleted} records removed, {restored} restored.</source>
        <translation>실행 취소함: 기록 {deleted}건 제거, {restored}건 복원.</translation>
    </message>
    <message>
        <source>{count} later edits were kept.</source>
        <translation>이후에 편집한 {count}건은 그대로 두었습니다.</translation>
    </message>
</context>
<context>
    <name>SecurityFlows</name>
    <message numerus="yes">
        <source>Also encrypted: %n backup(s) in {folder}.</source>
        <translation>
            <numerusform>함께 암호화됨: {folder}의 백업 %n개.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still plain: %n backup(s) in {folder}, readable by anyone who has the disk.</source>
        <translation>
            <numerusform>아직 암호화되지 않음: {folder}의 백업 %n개는 디스크를 가진 누구나 읽을 수 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sensitivity</name>
    <message>
        <source>Normal</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>제한</translation>
    </message>
</context>
<context>
    <name>SignatoriesPanel</name>
    <message>
        <source>Signatories table</source>
        <translation>서명 단체 표</translation>
    </message>
    <message>
        <source>Organization to add</source>
        <translation>추가할 단체</translation>
    </message>
    <message>
        <source>Type to find an organization</source>
        <translation>단체 이름을 입력하여 찾기</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Invite the organization to sign</source>
        <translation>단체에 서명을 요청합니다</translation>
    </message>
    <message>
        <source>Add selected</source>
        <translation>선택한 단체 추가</translation>
    </message>
    <message>
        <source>Invite the organization selected on the Organizations tab</source>
        <translation>단체 탭에서 선택한 단체에 서명을 요청합니다</translation>
    </message>
    <message>
        <source>Paste a list…</source>
        <translation>목록 붙여 넣기…</translation>
    </message>
    <message>
        <source>Match a pasted list of organizations and add them as signatories</source>
        <translation>붙여 넣은 단체 목록을 대조하여 서명 단체로 추가합니다</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>위로 이동</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>아래로 이동</translation>
    </message>
    <message>
        <source>Sort alphabetically</source>
        <translation>알파벳순 정렬</translation>
    </message>
    <message>
        <source>Refresh lines from records</source>
        <translation>기록에서 줄 새로 고침</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Take the organization off the list (a withdrawal is a status)</source>
        <translation>목록에서 단체를 뺍니다(서명 철회는 상태로 기록합니다)</translation>
    </message>
    <message>
        <source>Signatory block as it will print</source>
        <translation>인쇄될 서명 단체 목록</translation>
    </message>
    <message numerus="yes">
        <source>Signatory block (%n signed organization(s)):</source>
        <translation>
            <numerusform>서명 단체 목록 (서명한 단체 %n곳):</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an organization from the list.</source>
        <translation>목록에서 단체를 고르세요.</translation>
    </message>
    <message>
        <source>Select an organization on the Organizations tab first.</source>
        <translation>먼저 단체 탭에서 단체를 선택하세요.</translation>
    </message>
    <message>
        <source>{signed} → {now}</source>
        <translation>{signed} → {now}</translation>
    </message>
    <message>
        <source>Every line is as the records say, or the letter was sent</source>
        <translation>모든 줄이 기록과 같거나, 서한이 이미 발송되었습니다</translation>
    </message>
</context>
<context>
    <name>SignatoryTable</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>단체</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
</context>
<context>
    <name>SignatureStatus</name>
    <message>
        <source>Invited</source>
        <translation>요청함</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>서명함</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>거절함</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>철회함</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Its window has been brought forward.</source>
        <translation>해당 창을 앞으로 가져왔습니다.</translation>
    </message>
</context>
<context>
    <name>SkipReason</name>
    <message>
        <source>Do not mail</source>
        <translation>우편 발송 안 함</translation>
    </message>
    <message>
        <source>No postal address</source>
        <translation>우편 주소 없음</translation>
    </message>
    <message>
        <source>Restricted, and not allowed for this letter</source>
        <translation>제한된 연락처이며 이 서한에서 허용하지 않음</translation>
    </message>
    <message>
        <source>Check the address</source>
        <translation>주소 확인 필요</translation>
    </message>
    <message>
        <source>{reason}: {parts}</source>
        <translation>{reason}: {parts}</translation>
    </message>
</context>
<context>
    <name>StaleRecordBox</name>
    <message>
        <source>Changed since you opened it</source>
        <translation>연 뒤에 변경됨</translation>
    </message>
    <message>
        <source>• {what}, {when}, by {who}</source>
        <translation>• {what}, {when}, {who}</translation>
    </message>
    <message>
        <source>• another program</source>
        <translation>• 다른 프로그램</translation>
    </message>
    <message>
        <source>{name} was changed since you opened it:</source>
        <translation>{name}은(는) 연 뒤에 변경되었습니다:</translation>
    </message>
    <message>
        <source>Reload it to see the new version, or put your own edits on top of it and check them before saving.</source>
        <translation>다시 불러와 새 버전을 보거나, 그 위에 내 수정 내용을 얹고 저장하기 전에 확인하세요.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>다시 불러오기</translation>
    </message>
    <message>
        <source>Put my edits on top</source>
        <translation>내 수정 내용 얹기</translation>
    </message>
</context>
<context>
    <name>StatusChangeFields</name>
    <message>
        <source>The new status is recorded in the history:</source>
        <translation>새 상태는 이력에 기록됩니다:</translation>
    </message>
    <message>
        <source>Date of the change of status</source>
        <translation>상태 변경 날짜</translation>
    </message>
    <message>
        <source>e.g. decided by the steering committee</source>
        <translation>예: 운영위원회 결정</translation>
    </message>
    <message>
        <source>Note on the change of status</source>
        <translation>상태 변경에 대한 메모</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>StatusDelegate</name>
    <message>
        <source>Signature status</source>
        <translation>서명 상태</translation>
    </message>
</context>
<context>
    <name>TableColumns</name>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>단체</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>후속 조치일</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Activity date</source>
        <translation>활동 날짜</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>약칭</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>회원 자격</translation>
    </message>
    <message>
        <source>International</source>
        <translation>국제</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>현지 표기</translation>
    </message>
    <message>
        <source>Organization and role</source>
        <translation>단체 및 역할</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>직책</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>민감도</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Short form</source>
        <translation>약식 표기</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Sub-region</source>
        <translation>하위 지역</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>회원 단체</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>서명함</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>수신자</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Signatory</source>
        <translation>서명 단체</translation>
    </message>
    <message>
        <source>Letter received</source>
        <translation>서한 수신</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>회원 자격</translation>
    </message>
    <message>
        <source>Joined as member</source>
        <translation>회원으로 가입</translation>
    </message>
    <message>
        <source>Became observer</source>
        <translation>옵서버가 됨</translation>
    </message>
    <message>
        <source>Listed as prospect</source>
        <translation>가입 후보로 등록</translation>
    </message>
    <message>
        <source>Left (former)</source>
        <translation>탈퇴(이전 회원)</translation>
    </message>
    <message>
        <source>Marked as non-member</source>
        <translation>비회원으로 표시</translation>
    </message>
    <message>
        <source>sent {date}</source>
        <translation>{date} 발송</translation>
    </message>
    <message>
        <source>response {date}</source>
        <translation>{date} 회신</translation>
    </message>
    <message>
        <source>e-mail “{subject}” sent {date}, Message-ID {id}</source>
        <translation>이메일 “{subject}” {date} 발송, Message-ID {id}</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>아직 보내지 않음</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>What</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>By</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Once saved, the record&apos;s activities, letters and membership changes are listed here.</source>
        <translation>저장하고 나면 이 기록의 활동, 서한, 회원 자격 변경이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Last changed {when} by {who}: {what}</source>
        <translation>마지막 변경: {when}, {who}: {what}</translation>
    </message>
    <message>
        <source>{who}, {when}: {what}</source>
        <translation>{who}, {when}: {what}</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>아직 기록된 것이 없습니다.</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>CoalitionDesk user guide</source>
        <translation>CoalitionDesk 사용자 안내서</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>{app}에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Your records will be kept in {file} on this computer. It is empty. How would you like to begin?</source>
        <translation>기록은 이 컴퓨터의 {file}에 보관됩니다. 지금은 비어 있습니다. 어떻게 시작하시겠습니까?</translation>
    </message>
    <message>
        <source>Encrypt this database (recommended)</source>
        <translation>이 데이터베이스 암호화(권장)</translation>
    </message>
    <message>
        <source>Load the demo coalition</source>
        <translation>데모 연대체 불러오기</translation>
    </message>
    <message>
        <source>ICNK and its 2011 open letter to Kim Jong-il, signed by 32 organizations: a safe place to try every part of the application.</source>
        <translation>ICNK와 32개 단체가 서명한 2011년 김정일 앞 공개서한입니다. 프로그램의 모든 기능을 안심하고 시험해 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Import a spreadsheet…</source>
        <translation>스프레드시트 가져오기…</translation>
    </message>
    <message>
        <source>Your own list of organizations or contacts, from an Excel workbook, a CSV file or a pasted list.</source>
        <translation>Excel 통합 문서, CSV 파일 또는 붙여 넣은 목록에서 직접 관리하던 단체나 연락처 목록을 가져옵니다.</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>빈 상태로 시작</translation>
    </message>
    <message>
        <source>Add organizations and contacts by hand.</source>
        <translation>단체와 연락처를 직접 추가합니다.</translation>
    </message>
</context>
<context>
    <name>WithheldAddresses</name>
    <message>
        <source>Write to their organization&apos;s address instead</source>
        <translation>대신 소속 단체 주소로 보내기</translation>
    </message>
    <message>
        <source>Only for those whose current organization has an address; the others stay left out</source>
        <translation>현재 소속 단체에 주소가 있는 사람에게만 적용되며, 나머지는 계속 제외됩니다</translation>
    </message>
    <message numerus="yes">
        <source>You may not read the home addresses of %n recipient(s), who are left out: {names}</source>
        <translation>
            <numerusform>수신인 %n명의 자택 주소를 읽을 수 없어 제외합니다: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Written to at their organization&apos;s address (home address not readable by a volunteer): {names}</source>
        <translation>소속 단체 주소로 보냄(자원봉사자는 자택 주소를 읽을 수 없음): {names}</translation>
    </message>
    <message>
        <source>{name} ({organization})</source>
        <translation>{name} ({organization})</translation>
    </message>
    <message>
        <source>{name} (no organization address)</source>
        <translation>{name} (단체 주소 없음)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>외 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>Home addresses withheld</source>
        <translation>공개되지 않는 자택 주소</translation>
    </message>
    <message numerus="yes">
        <source>You may not read the home addresses of %n recipient(s): {names}</source>
        <translation>
            <numerusform>수신인 %n명의 자택 주소를 읽을 수 없습니다: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Write to them at their organization&apos;s address, or leave them out?</source>
        <translation>소속 단체 주소로 보내시겠습니까, 아니면 제외하시겠습니까?</translation>
    </message>
    <message>
        <source>None of them has an organization with an address: leave them out?</source>
        <translation>주소가 있는 소속 단체가 아무에게도 없습니다. 제외하시겠습니까?</translation>
    </message>
    <message>
        <source>Use their organization&apos;s address</source>
        <translation>소속 단체 주소 사용</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>제외</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2쪽 중 %1쪽</translation>
    </message>
</context>
</TS>
