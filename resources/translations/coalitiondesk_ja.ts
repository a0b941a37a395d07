<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>All activities</source>
        <translation>すべての活動</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>予定のフォローアップ</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>完了にする</translation>
    </message>
    <message>
        <source>The selected follow-up has been done</source>
        <translation>選択したフォローアップは完了しました</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <source>Activities table</source>
        <translation>活動の表</translation>
    </message>
    <message>
        <source>Follow-ups due table</source>
        <translation>予定のフォローアップの表</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Record a new activity</source>
        <translation>新しい活動を記録</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>期限切れのフォローアップ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>活動の削除</translation>
    </message>
    <message>
        <source>Delete the activity “{subject}”?</source>
        <translation>活動「{subject}」を削除しますか?</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>What it was about</source>
        <translation>活動の内容</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>書簡</translation>
    </message>
    <message>
        <source>The letter this activity is about, if any</source>
        <translation>この活動に関わる書簡(あれば)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Type to find an organization</source>
        <translation>団体名を入力して検索</translation>
    </message>
    <message>
        <source>Type to find a contact</source>
        <translation>連絡先の名前を入力して検索</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>フォローアップ日</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Involved</source>
        <translation>関係者</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>新しい活動</translation>
    </message>
    <message>
        <source>Activity: {subject}</source>
        <translation>活動: {subject}</translation>
    </message>
    <message>
        <source>the new activity</source>
        <translation>新しい活動</translation>
    </message>
    <message>
        <source>An activity needs a subject.</source>
        <translation>活動には件名が必要です。</translation>
    </message>
</context>
<context>
    <name>ActivityKind</name>
    <message>
        <source>Meeting</source>
        <translation>会議</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Conference or event</source>
        <translation>会議・イベント</translation>
    </message>
    <message>
        <source>Press release</source>
        <translation>プレスリリース</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>書簡送付</translation>
    </message>
    <message>
        <source>Response received</source>
        <translation>返信受領</translation>
    </message>
    <message>
        <source>Export made</source>
        <translation>エクスポート実施</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>ActivityTable</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>予定</translation>
    </message>
</context>
<context>
    <name>AddressPart</name>
    <message>
        <source>street</source>
        <translation>番地</translation>
    </message>
    <message>
        <source>city</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>country</source>
        <translation>国</translation>
    </message>
</context>
<context>
    <name>AffiliationsEditor</name>
    <message>
        <source>Organization</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Double-click a role or date to change it; dates are written YYYY-MM-DD</source>
        <translation>役割や日付はダブルクリックで変更できます。日付は YYYY-MM-DD の形式で入力します</translation>
    </message>
    <message>
        <source>Find an organization…</source>
        <translation>団体を検索…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add the organization found on the left</source>
        <translation>左で見つけた団体を追加します</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected affiliation</source>
        <translation>選択した所属を削除します</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attached files</source>
        <translation>添付されたファイル</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加日</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>添付…</translation>
    </message>
    <message>
        <source>Keep a file with this record (at most 25 MB); it is never exported</source>
        <translation>この記録にファイルを保管します(最大 25 MB)。エクスポートには含まれません</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>This file was erased with a deleted record</source>
        <translation>削除された記録とともに消去されたファイルです</translation>
    </message>
    <message>
        <source>Once the record is saved, files can be attached to it.</source>
        <translation>記録を保存すると、ファイルを添付できます。</translation>
    </message>
    <message>
        <source>No files attached.</source>
        <translation>添付ファイルはありません。</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>添付していません</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>開いていません</translation>
    </message>
    <message>
        <source>No program on this computer opens “{name}”.</source>
        <translation>このコンピューターには「{name}」を開くプログラムがありません。</translation>
    </message>
    <message>
        <source>Rename the attachment</source>
        <translation>添付ファイルの名前を変更</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>名前を変更していません</translation>
    </message>
    <message>
        <source>Remove the attachment</source>
        <translation>添付ファイルを削除</translation>
    </message>
    <message>
        <source>Remove “{name}” from this record? Edit › Undo brings it back.</source>
        <translation>この記録から「{name}」を削除しますか? 編集 › 元に戻す で戻せます。</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>削除していません</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>CoalitionDesk backs up {name} when it starts (once a day), before every import, restore and upgrade, and when you ask. It keeps the {last} newest backups, then one a day for {daily} days, one a week for {weekly} weeks and one a month for {monthly} months. Each backup is checked before older ones are removed.</source>
        <translation>CoalitionDesk は {name} を、起動時(1 日 1 回)、インポート・復元・アップグレードの前、そして指示したときにバックアップします。最新のバックアップ {last} 件を残し、さらに {daily} 日間は 1 日 1 件、{weekly} 週間は 1 週 1 件、{monthly} か月間は 1 か月 1 件を保管します。古いバックアップは、新しいバックアップを検査してから削除します。</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>検査済み</translation>
    </message>
    <message>
        <source>No backups yet. They are kept in:
{folder}</source>
        <translation>まだバックアップはありません。バックアップの保存先:
{folder}</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>今すぐバックアップ</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>復元…</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>コピーを保存…</translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation>バックアップフォルダーを開く</translation>
    </message>
    <message>
        <source>Backups of the server database {name}, kept on this computer: made when a window here opens it (once a day, for a coordinator or its owner), when you ask and before a restore, each from one moment of the server while others go on working. Each holds every record, restricted contacts and private fields included, in a file only you can open on this computer but which is not encrypted (a local database&apos;s encryption does not cover it): keep this computer&apos;s disk encrypted. CoalitionDesk keeps the {last} newest backups, then one a day for {daily} days, one a week for {weekly} weeks and one a month for {monthly} months.</source>
        <translation>このコンピューターに保管されているサーバーデータベース {name} のバックアップです。このコンピューターのウィンドウで開いたとき（コーディネーターまたは所有者について1日1回）、依頼したとき、復元の前に作成され、他の人が作業を続けている間もサーバーのある一時点をそのまま写します。各バックアップには制限付きの連絡先と非公開項目を含むすべての記録が入っており、このコンピューターではあなただけが開けるファイルですが、暗号化はされていません（ローカルデータベースの暗号化は及びません）。このコンピューターのディスクを暗号化しておいてください。CoalitionDesk は最新のバックアップ {last} 件を保管し、その後は {daily} 日間は1日1件、{weekly} 週間は1週1件、{monthly} か月間は1か月1件を保管します。</translation>
    </message>
    <message>
        <source>Only a coordinator backs up a server database: a volunteer&apos;s backup would leave out the restricted contacts.</source>
        <translation>サーバーデータベースをバックアップできるのはコーディネーターだけです。ボランティアのバックアップには制限付きの連絡先が含まれないためです。</translation>
    </message>
    <message>
        <source>Only the database&apos;s owner restores a backup onto the server.</source>
        <translation>サーバーにバックアップを復元できるのはデータベースの所有者だけです。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>手動で作成</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>インポート前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>復元前</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>アップグレード前</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>バックアップしています…</translation>
    </message>
    <message>
        <source>Backed up at {time} ({size}).</source>
        <translation>{time} にバックアップしました({size})。</translation>
    </message>
    <message>
        <source>Replace everything on the server {name} with the backup made {time}?

Everyone connected to it will see the backup&apos;s records, and what was changed on the server since then will be gone from it. A backup of the server&apos;s current state is made on this computer first, so you can go back to it from this list.</source>
        <translation>サーバー {name} のすべてを {time} に作成したバックアップで置き換えますか？

接続しているすべての人にバックアップの記録が表示され、それ以降にサーバーで変更された内容はサーバーから失われます。先にこのコンピューターにサーバーの現在の状態をバックアップするので、この一覧から元に戻せます。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>バックアップの復元</translation>
    </message>
    <message>
        <source>Save a Copy of the Backup</source>
        <translation>バックアップのコピーを保存</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>コピーを保存中…</translation>
    </message>
    <message>
        <source>Saved a copy of the backup to {path}.</source>
        <translation>バックアップのコピーを {path} に保存しました。</translation>
    </message>
    <message>
        <source>Replace everything in {name} with the backup made {time}?

A backup of the current state is made first, so you can go back to it from this list.</source>
        <translation>{name} の内容をすべて、{time} に作成したバックアップで置き換えますか?

先に現在の状態をバックアップするので、この一覧からいつでも元に戻せます。</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>復元しています…</translation>
    </message>
    <message>
        <source>Restored the backup. The state before it was backed up too and is listed above.</source>
        <translation>バックアップを復元しました。復元前の状態もバックアップされ、上の一覧にあります。</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <source>Letter body</source>
        <translation>書簡の本文</translation>
    </message>
    <message>
        <source>The letter&apos;s text. Use Insert field for the recipient&apos;s name, the salutation, the signatory block…</source>
        <translation>書簡の本文です。宛先の名前、書き出し、署名団体の一覧などは「フィールドを挿入」で入れます…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>書式</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>太字</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>箇条書き</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>段落番号</translation>
    </message>
    <message>
        <source>Align left</source>
        <translation>左揃え</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>中央</translation>
    </message>
    <message>
        <source>Align right</source>
        <translation>右揃え</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>Justify</source>
        <translation>両端揃え</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>フィールドを挿入</translation>
    </message>
    <message>
        <source>Insert a merge field at the cursor</source>
        <translation>カーソル位置に差し込みフィールドを挿入します</translation>
    </message>
    <message>
        <source>Problems in the letter&apos;s fields</source>
        <translation>書簡のフィールドの問題</translation>
    </message>
    <message>
        <source>Text only when a field is set</source>
        <translation>フィールドに値があるときだけ出す文</translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message>
        <source>Change Many Records</source>
        <translation>複数の記録を一括変更</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected record(s)</source>
        <translation>
            <numerusform>選択した記録 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n record(s) the search and filters show</source>
        <translation>
            <numerusform>検索とフィルターで表示されている記録すべて(%n 件)</numerusform>
        </translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>変更する項目</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>タグ名</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新しい値</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>None (international)</source>
        <translation>なし(国際)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>書簡</translation>
    </message>
    <message>
        <source>Status from</source>
        <translation>状況の開始日</translation>
    </message>
    <message>
        <source>e.g. General assembly of 20 November</source>
        <translation>例: 11 月 20 日の総会</translation>
    </message>
    <message>
        <source>Note in the membership history</source>
        <translation>加盟状況の履歴に残すメモ</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>記録:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>変更:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>変更後:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>開始日:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>メモ:</translation>
    </message>
    <message>
        <source>How many records change</source>
        <translation>変更される記録の数</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>タグを追加</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>タグを削除</translation>
    </message>
    <message>
        <source>Own field: {label}</source>
        <translation>独自フィールド: {label}</translation>
    </message>
    <message>
        <source>Put on a letter as recipients</source>
        <translation>書簡に宛先として入れる</translation>
    </message>
    <message>
        <source>Put on a letter as signatories</source>
        <translation>書簡に署名団体として入れる</translation>
    </message>
    <message>
        <source>Membership status</source>
        <translation>加盟状況</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Do not share with partners</source>
        <translation>パートナーと共有しない</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>機密区分</translation>
    </message>
    <message>
        <source>Do not mail</source>
        <translation>郵送不可</translation>
    </message>
    <message>
        <source>Do not e-mail</source>
        <translation>メール送信不可</translation>
    </message>
    <message>
        <source>(empty: clear the field)</source>
        <translation>(空欄: フィールドを消去)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; empty: clear the field</source>
        <translation>YYYY-MM-DD、空欄でフィールドを消去</translation>
    </message>
    <message>
        <source>Empty: clear the field</source>
        <translation>空欄: フィールドを消去</translation>
    </message>
    <message numerus="yes">
        <source>{changing} of the %n chosen record(s) will change.</source>
        <translation>
            <numerusform>選択した %n 件の記録のうち {changing} 件が変更されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{adding} of the %n chosen record(s) will be put on the letter.</source>
        <translation>
            <numerusform>選択した %n 件の記録のうち {adding} 件が書簡に追加されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>No records are chosen.</source>
        <translation>記録が選ばれていません。</translation>
    </message>
    <message numerus="yes">
        <source>Change %n record(s)</source>
        <translation>
            <numerusform>記録 %n 件を変更</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no letter yet.</source>
        <translation>書簡はまだありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n are on it already.</source>
        <translation>
            <numerusform>%n 件はすでに入っています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restricted contact(s) stay off it: the letter does not allow them.</source>
        <translation>
            <numerusform>制限付きの連絡先 %n 件は入れません。この書簡は制限付きの連絡先を認めていません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n record(s)</source>
        <translation>
            <numerusform>記録を %n 件追加</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>Stop</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>処理しています…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>中止しています…</translation>
    </message>
</context>
<context>
    <name>ContactFilterBar</name>
    <message>
        <source>Organization</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Any organization</source>
        <translation>すべての団体</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>機密区分</translation>
    </message>
    <message>
        <source>Any sensitivity</source>
        <translation>すべての機密区分</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Restricted: never exported or shared unless explicitly included</source>
        <translation>制限: 明示的に含めない限り、エクスポートも共有もしません</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>基本情報</translation>
    </message>
    <message>
        <source>Written as</source>
        <translation>表記</translation>
    </message>
    <message>
        <source>Letters open</source>
        <translation>書簡の書き出し</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>連絡先情報</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>the new contact</source>
        <translation>新しい連絡先</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新しい連絡先</translation>
    </message>
    <message>
        <source>Automatic: {salutation}</source>
        <translation>自動: {salutation}</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>{value} have no column {unknown!r}</source>
        <translation>{value}には列 {unknown!r} がありません</translation>
    </message>
    <message>
        <source>Cannot export {value!r}: choose one of {choices}</source>
        <translation>{value!r} はエクスポートできません。次から選んでください: {choices}</translation>
    </message>
    <message>
        <source>No export profile {name!r} for {value} (there are: {names})</source>
        <translation>{value} のエクスポートプロファイル {name!r} はありません(あるもの: {names})</translation>
    </message>
    <message>
        <source>An export profile needs a name</source>
        <translation>エクスポートプロファイルには名前が必要です</translation>
    </message>
    <message>
        <source>An export profile&apos;s name can have at most {max_name_length} letters</source>
        <translation>エクスポートプロファイルの名前は {max_name_length} 文字までです</translation>
    </message>
    <message>
        <source>{text!r} is a profile that comes with CoalitionDesk; choose another name</source>
        <translation>{text!r} は CoalitionDesk に付属のプロファイルです。別の名前を選んでください</translation>
    </message>
    <message>
        <source>{text!r} comes with CoalitionDesk and cannot be deleted</source>
        <translation>{text!r} は CoalitionDesk に付属しているため削除できません</translation>
    </message>
    <message>
        <source>No saved export profile {text!r} for {value}</source>
        <translation>{value} の保存済みエクスポートプロファイル {text!r} はありません</translation>
    </message>
    <message>
        <source>{value} of the selected country codes are unknown</source>
        <translation>選択した国コードのうち {value} 件が不明です</translation>
    </message>
    <message>
        <source>Say which letter&apos;s signatories or recipients to export</source>
        <translation>どの書簡の署名団体または宛先をエクスポートするか指定してください</translation>
    </message>
    <message>
        <source>Could not write {target}: {error}; nothing was exported</source>
        <translation>{target} に書き込めませんでした: {error}。何もエクスポートされていません</translation>
    </message>
    <message>
        <source>Export either the current filter or the selection, not both</source>
        <translation>現在のフィルターか選択範囲のどちらか一方をエクスポートしてください</translation>
    </message>
    <message>
        <source>That filter does not apply to {value}</source>
        <translation>そのフィルターは {value} には使えません</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name</source>
        <translation>{path} はフォルダーです。ファイル名を選んでください</translation>
    </message>
    <message>
        <source>Cannot create a file in {parent}</source>
        <translation>{parent} にファイルを作成できません</translation>
    </message>
    <message>
        <source>{name} is neither an Excel workbook (.xlsx) nor a csv file (.csv)</source>
        <translation>{name} は Excel ブック(.xlsx)でも csv ファイル(.csv)でもありません</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist</source>
        <translation>フォルダー {folder} がありません</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} はフォルダーではありません</translation>
    </message>
    <message>
        <source>{target} is a folder; choose a file name</source>
        <translation>{target} はフォルダーです。ファイル名を選んでください</translation>
    </message>
    <message>
        <source>{name} is open in another program; close it there and export again</source>
        <translation>{name} は別のプログラムで開かれています。そちらで閉じてからもう一度エクスポートしてください</translation>
    </message>
    <message>
        <source>{target} is read-only; choose another file name</source>
        <translation>{target} は読み取り専用です。別のファイル名を選んでください</translation>
    </message>
    <message>
        <source>{name} was opened in another program during the export; close it there and export again</source>
        <translation>エクスポート中に {name} が別のプログラムで開かれました。そちらで閉じてからもう一度エクスポートしてください</translation>
    </message>
    <message>
        <source>Cannot replace {target}: it is open in another program or read-only</source>
        <translation>{target} を置き換えられません。別のプログラムで開かれているか、読み取り専用です</translation>
    </message>
    <message>
        <source>Cannot replace {target}: {error}</source>
        <translation>{target} を置き換えられません: {error}</translation>
    </message>
    <message>
        <source>Cannot write to the folder {parent}: permission denied</source>
        <translation>フォルダー {parent} に書き込めません: アクセス権がありません</translation>
    </message>
    <message>
        <source>Cannot write to the folder {parent}: {error}</source>
        <translation>フォルダー {parent} に書き込めません: {error}</translation>
    </message>
    <message>
        <source>Cannot replace {target}: it is in use</source>
        <translation>{target} を置き換えられません。使用中です</translation>
    </message>
    <message>
        <source>Cannot change a country&apos;s {value}</source>
        <translation>国の {value} は変更できません</translation>
    </message>
    <message>
        <source>An alias cannot be empty</source>
        <translation>別名は空にできません</translation>
    </message>
    <message>
        <source>{text!r} already means {taken}</source>
        <translation>{text!r} はすでに {taken} を指しています</translation>
    </message>
    <message>
        <source>A country&apos;s {name} cannot be empty</source>
        <translation>国の {name} は空にできません</translation>
    </message>
    <message>
        <source>No import with id {batch_id}</source>
        <translation>ID {batch_id} のインポートはありません</translation>
    </message>
    <message>
        <source>The import of {source} was already undone</source>
        <translation>{source} のインポートはすでに取り消されています</translation>
    </message>
    <message>
        <source>Row {number}: the record it updates was deleted since the preview; check the file again</source>
        <translation>{number} 行目: この行が更新するレコードはプレビューの後に削除されました。ファイルをもう一度確認してください</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>missing name</source>
        <translation>名前がありません</translation>
    </message>
    <message>
        <source>unknown country: {text}</source>
        <translation>不明な国: {text}</translation>
    </message>
    <message>
        <source>no country given: {text}</source>
        <translation>国の指定なし: {text}</translation>
    </message>
    <message>
        <source>two countries: {first} and {text}</source>
        <translation>国が二つ: {first} と {text}</translation>
    </message>
    <message>
        <source>not a CoalitionDesk ID: {text}</source>
        <translation>CoalitionDesk の ID ではありません: {text}</translation>
    </message>
    <message>
        <source>The mapping has {count} columns; the file has {width}</source>
        <translation>対応付けには {count} 列ありますが、ファイルには {width} 列あります</translation>
    </message>
    <message>
        <source>No column is imported as a name ({labels})</source>
        <translation>名前({labels})として取り込む列がありません</translation>
    </message>
    <message>
        <source>{key!r} is not a field of {value}</source>
        <translation>{key!r} は {value} の項目ではありません</translation>
    </message>
    <message>
        <source>Two columns are imported as {label}</source>
        <translation>2 つの列が {label} として取り込まれます</translation>
    </message>
    <message>
        <source>same as row {row}</source>
        <translation>{row} 行目と同じ</translation>
    </message>
    <message>
        <source>updates the same record as row {row}</source>
        <translation>{row} 行目と同じ記録を更新します</translation>
    </message>
    <message>
        <source>a person: imported as a contact</source>
        <translation>個人: 連絡先としてインポートします</translation>
    </message>
    <message>
        <source>a person, not an organization</source>
        <translation>団体ではなく個人</translation>
    </message>
    <message>
        <source>the organization {name} is not stored; a close one is: {record}</source>
        <translation>団体 {name} は登録されていません。近いもの: {record}</translation>
    </message>
    <message>
        <source>kept the stored record</source>
        <translation>保存済みのレコードを残しました</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>取り込みません</translation>
    </message>
    <message>
        <source>possible duplicate of {record} ({why}, score {score})</source>
        <translation>{record} と重複の可能性({why}、スコア {score})</translation>
    </message>
    <message>
        <source>{name} is not a readable Excel workbook: it is damaged, incomplete or another kind of file</source>
        <translation>{name} は読み取れる Excel ブックではありません。壊れているか、不完全か、別の種類のファイルです</translation>
    </message>
    <message>
        <source>{name} unpacks to far more data than a workbook holds and was refused as a possible zip bomb</source>
        <translation>{name} は展開するとブックよりはるかに大きなデータになるため、zip 爆弾の可能性があるとして拒否しました</translation>
    </message>
    <message>
        <source>{name}{where} spans {rows:,} rows by {columns:,} columns, {value:,} cells; an import reads at most {max_cells:,}: remove the columns it does not need</source>
        <translation>{name}{where} は {rows:,} 行 × {columns:,} 列、{value:,} セルあります。インポートで読めるのは最大 {max_cells:,} セルです。不要な列を削除してください</translation>
    </message>
    <message>
        <source>{name} has no sheet named {sheet!r} (it has {listed})</source>
        <translation>{name} にはシート {sheet!r} がありません(あるシート: {listed})</translation>
    </message>
    <message>
        <source>There is nothing to import in the pasted text</source>
        <translation>貼り付けたテキストに取り込むものがありません</translation>
    </message>
    <message>
        <source>{name} is protected by a password; save a copy without it</source>
        <translation>{name} はパスワードで保護されています。パスワードなしでコピーを保存してください</translation>
    </message>
    <message>
        <source>{name} could not be read in the time a workbook of its size takes; it is damaged, or too large: split it into smaller files</source>
        <translation>{name} はその大きさのブックにかかる時間内に読み取れませんでした。壊れているか大きすぎます。小さなファイルに分けてください</translation>
    </message>
    <message>
        <source>{name} cannot be read: the spreadsheet reader did not start</source>
        <translation>{name} を読み取れません: スプレッドシートの読み取り処理が起動しませんでした</translation>
    </message>
    <message>
        <source>{name}{where} has {rows:,} rows; an import reads at most {max_rows:,}: split it into smaller files</source>
        <translation>{name}{where} には {rows:,} 行あります。インポートで読めるのは最大 {max_rows:,} 行です。小さなファイルに分けてください</translation>
    </message>
    <message>
        <source>{name} has no worksheet</source>
        <translation>{name} にはワークシートがありません</translation>
    </message>
    <message>
        <source>{name} does not look like a text or csv file</source>
        <translation>{name} はテキストや csv ファイルには見えません</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} は空です</translation>
    </message>
    <message>
        <source>{name} has no names in it</source>
        <translation>{name} には名前がありません</translation>
    </message>
    <message>
        <source>{name} has merged cells that overlap, which spreadsheets do not write; it is damaged</source>
        <translation>{name} にはスプレッドシートが書かない重なった結合セルがあります。壊れています</translation>
    </message>
    <message>
        <source>{name} has no rows to import</source>
        <translation>{name} には取り込む行がありません</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file</source>
        <translation>{name} はファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>{name} is {value:.0f} MB, more than the {value2} MB an import accepts; split it into smaller files</source>
        <translation>{name} は {value:.0f} MB で、インポートできる {value2} MB を超えています。小さなファイルに分けてください</translation>
    </message>
    <message>
        <source>There is no file {path}</source>
        <translation>ファイル {path} がありません</translation>
    </message>
    <message>
        <source>{name} cannot be read: permission denied</source>
        <translation>{name} を読み取れません: アクセス権がありません</translation>
    </message>
    <message>
        <source>{name} cannot be read: {value}</source>
        <translation>{name} を読み取れません: {value}</translation>
    </message>
    <message>
        <source>{name} refers to column {letters} of sheet {sheet!r}, beyond the last column a spreadsheet has (XFD); it is damaged</source>
        <translation>{name} はシート {sheet!r} の列 {letters} を参照していますが、スプレッドシートの最後の列(XFD)より後ろです。壊れています</translation>
    </message>
    <message>
        <source>{name} refers to row {shown} of sheet {sheet!r}, beyond the last row a spreadsheet has ({sheet_rows:,}); it is damaged</source>
        <translation>{name} はシート {sheet!r} の {shown} 行目を参照していますが、スプレッドシートの最後の行({sheet_rows:,})より後ろです。壊れています</translation>
    </message>
    <message>
        <source>{name} has a cell at {reference} of sheet {sheet!r}, far beyond a member list: an import reads at most {max_rows:,} rows and {max_cells:,} cells</source>
        <translation>{name} のシート {sheet!r} の {reference} に、会員名簿よりはるかに遠いセルがあります。インポートで読めるのは最大 {max_rows:,} 行、{max_cells:,} セルです</translation>
    </message>
    <message>
        <source>{used!r} is not an encoding CoalitionDesk knows</source>
        <translation>{used!r} は CoalitionDesk が知っているエンコーディングではありません</translation>
    </message>
    <message>
        <source>{name} is not a readable csv file</source>
        <translation>{name} は読み取れる csv ファイルではありません</translation>
    </message>
    <message>
        <source>{name} contains XML entity declarations, which workbooks never need; it was refused as unsafe</source>
        <translation>{name} にはブックに不要な XML エンティティ宣言があるため、安全でないとして拒否しました</translation>
    </message>
    <message>
        <source>{name} contains unsafe XML and was refused</source>
        <translation>{name} には安全でない XML があるため拒否しました</translation>
    </message>
    <message>
        <source>{name} cannot be read as {encoding}</source>
        <translation>{name} を {encoding} として読み取れません</translation>
    </message>
    <message>
        <source>{name}: a cell starting on line {value:,} is longer than {limit:,} characters, more than an import takes (a quotation mark left open joins the lines after it into one cell)</source>
        <translation>{name}: {value:,} 行目から始まるセルが {limit:,} 文字を超え、インポートできる長さを超えています(閉じていない引用符があると後の行が 1 つのセルにまとめられます)</translation>
    </message>
    <message>
        <source>not yes or no: {text}</source>
        <translation>はい/いいえではありません: {text}</translation>
    </message>
    <message>
        <source>not a date: {serial}</source>
        <translation>日付ではありません: {serial}</translation>
    </message>
    <message>
        <source>ambiguous date: {text} (write it as {year}-MM-DD)</source>
        <translation>あいまいな日付: {text}({year}-MM-DD の形で書いてください)</translation>
    </message>
    <message>
        <source>not a date: {text}</source>
        <translation>日付ではありません: {text}</translation>
    </message>
    <message>
        <source>not a {what}: {text} (one of {choices})</source>
        <translation>{what}ではありません: {text}({choices} のいずれか)</translation>
    </message>
    <message>
        <source>invalid email: {text}</source>
        <translation>無効なメールアドレス: {text}</translation>
    </message>
    <message>
        <source>{what} was changed since you opened it, by {since}. Reload it, or apply your own edits on top of the new version.</source>
        <translation>{what} は開いた後に {since} によって変更されました。読み込み直すか、新しい版の上に自分の編集を適用してください。</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>別のプログラム</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>やり直す操作がありません</translation>
    </message>
    <message>
        <source>“{shown}” was already undone</source>
        <translation>「{shown}」はすでに取り消されています</translation>
    </message>
    <message>
        <source>“{shown}” is a record of what happened and cannot be undone</source>
        <translation>「{shown}」は起きたことの記録なので取り消せません</translation>
    </message>
    <message>
        <source>“{label}” cannot be undone: {problems}.</source>
        <translation>「{label}」は取り消せません: {problems}。</translation>
    </message>
    <message>
        <source>“{label}” cannot be undone: {problems}. Later changes: {named}. Undo those first.</source>
        <translation>「{label}」は取り消せません: {problems}。後の変更: {named}。先にそれらを取り消してください。</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>取り消す操作がありません</translation>
    </message>
    <message>
        <source>No change with ID {id} in the history</source>
        <translation>履歴に ID {id} の変更はありません</translation>
    </message>
    <message>
        <source>“{label}” cannot be undone: it concerns a record deleted since, whose details were erased from the history with it</source>
        <translation>「{label}」は取り消せません。その後削除されたレコードに関するもので、詳細は削除とともに履歴から消去されています</translation>
    </message>
    <message>
        <source>Say how the letter was sent: {value}</source>
        <translation>書簡の送付方法を指定してください: {value}</translation>
    </message>
    <message>
        <source>No recipient with id {missing}</source>
        <translation>ID {missing} の宛先はありません</translation>
    </message>
    <message>
        <source>A recipient printed is no longer on this letter</source>
        <translation>印刷した宛先はもうこの書簡にありません</translation>
    </message>
    <message>
        <source>Margins must be between 0 and 80 mm</source>
        <translation>余白は 0~80 mm の範囲にしてください</translation>
    </message>
    <message>
        <source>The letterhead image must be a PNG file</source>
        <translation>書簡ヘッドの画像は PNG ファイルにしてください</translation>
    </message>
    <message>
        <source>Not a country code: {country!r}</source>
        <translation>国コードではありません: {country!r}</translation>
    </message>
    <message>
        <source>No {what} with id {missing}</source>
        <translation>ID {missing} の{what}はありません</translation>
    </message>
    <message>
        <source>{what} would make a text or list longer than {limit:,} characters</source>
        <translation>{what} はテキストやリストを {limit:,} 文字より長くします</translation>
    </message>
    <message>
        <source>it takes more than {seconds:g} second to fill in (a repetition that does not end?)</source>
        <translation>差し込みに {seconds:g} 秒以上かかります(終わらない繰り返しがありませんか?)</translation>
    </message>
    <message>
        <source>it writes more than {limit:,} characters</source>
        <translation>{limit:,} 文字を超えて書き出します</translation>
    </message>
    <message>
        <source>so large a number</source>
        <translation>非常に大きな数</translation>
    </message>
    <message>
        <source>{what} is given {number}, more than a letter can use</source>
        <translation>{what} に {number} が与えられていますが、書簡で使える値を超えています</translation>
    </message>
    <message>
        <source>calls inside calls go more than {depth} deep (a macro or loop that calls itself?)</source>
        <translation>呼び出しの中の呼び出しが {depth} 段を超えています(自分自身を呼ぶマクロや繰り返しがありませんか?)</translation>
    </message>
    <message>
        <source>The letter&apos;s text cannot be filled in: {reason}.</source>
        <translation>書簡の本文を差し込めません: {reason}。</translation>
    </message>
    <message>
        <source>The letter uses the field “{name}”, which does not exist.</source>
        <translation>書簡は存在しない項目「{name}」を使っています。</translation>
    </message>
    <message>
        <source>The letter&apos;s text does what letters may not do: {limit}.</source>
        <translation>書簡の本文は書簡でできないことをしています: {limit}。</translation>
    </message>
    <message>
        <source>The letter&apos;s text tries to run code, which templates may not do.</source>
        <translation>書簡の本文がコードを実行しようとしています。テンプレートではできません。</translation>
    </message>
    <message>
        <source>The letter&apos;s text puts conditions, repetitions or brackets inside each other too deeply.</source>
        <translation>書簡の本文で条件、繰り返し、かっこの入れ子が深すぎます。</translation>
    </message>
    <message>
        <source>The letter&apos;s text needs more memory than this computer has.</source>
        <translation>書簡の本文にはこのコンピューターにあるより多くのメモリが必要です。</translation>
    </message>
    <message>
        <source>The letter&apos;s text tries to reach “{name}” on line {line}, which templates may not do.</source>
        <translation>書簡の本文の {line} 行目で「{name}」にアクセスしようとしています。テンプレートではできません。</translation>
    </message>
    <message>
        <source>The letter uses the field “{name}”, which has no value.</source>
        <translation>書簡が使う項目「{name}」に値がありません。</translation>
    </message>
    <message>
        <source>The letter&apos;s text has a mistake in a field or condition on line {line}: {detail}.</source>
        <translation>書簡の本文の {line} 行目の項目または条件に誤りがあります: {detail}。</translation>
    </message>
    <message>
        <source>An activity needs a subject</source>
        <translation>活動には件名が必要です</translation>
    </message>
    <message>
        <source>No {what} with id {key}</source>
        <translation>ID {key} の{what}はありません</translation>
    </message>
    <message>
        <source>Unknown field: {value}</source>
        <translation>不明な項目: {value}</translation>
    </message>
    <message>
        <source>{field}: contains a broken character (half of a character pair); retype it</source>
        <translation>{field}: 壊れた文字(文字の組の片方)が含まれています。入力し直してください</translation>
    </message>
    <message>
        <source>Unknown country code: {code}</source>
        <translation>不明な国コード: {code}</translation>
    </message>
    <message>
        <source>Unknown kind of record: {kind}</source>
        <translation>不明な記録の種類: {kind}</translation>
    </message>
    <message>
        <source>{field} cannot be changed on many {kind}s at once</source>
        <translation>{field} は複数の{kind}で一度に変更できません</translation>
    </message>
    <message>
        <source>A tag needs a name</source>
        <translation>タグには名前が必要です</translation>
    </message>
    <message>
        <source>{field}: {value!r} is not one of {allowed}</source>
        <translation>{field}: {value!r} は {allowed} のいずれでもありません</translation>
    </message>
    <message>
        <source>{field}: yes or no</source>
        <translation>{field}: はい または いいえ</translation>
    </message>
    <message>
        <source>A record cannot be a duplicate of itself</source>
        <translation>記録は自分自身の重複にはなりません</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself</source>
        <translation>記録は自分自身と統合できません</translation>
    </message>
    <message>
        <source>A contact needs a given name, a family name or a native-script name</source>
        <translation>連絡先には名、姓、または現地表記が必要です</translation>
    </message>
    <message>
        <source>Contacts cannot be sorted by {sort!r}</source>
        <translation>連絡先は {sort!r} で並べ替えられません</translation>
    </message>
    <message>
        <source>Unknown affiliation field: {value}</source>
        <translation>不明な所属の項目: {value}</translation>
    </message>
    <message>
        <source>An affiliation cannot end before it starts</source>
        <translation>所属は始まる前に終わることはできません</translation>
    </message>
    <message>
        <source>A letter needs a title</source>
        <translation>書簡にはタイトルが必要です</translation>
    </message>
    <message>
        <source>There is already a letter titled {text!r}</source>
        <translation>タイトルが {text!r} の書簡はすでにあります</translation>
    </message>
    <message>
        <source>No letter titled {title!r}</source>
        <translation>タイトルが {title!r} の書簡はありません</translation>
    </message>
    <message>
        <source>That organization is no longer on this letter&apos;s list</source>
        <translation>その団体はもうこの書簡のリストにありません</translation>
    </message>
    <message>
        <source>That recipient is no longer on this letter</source>
        <translation>その宛先はもうこの書簡にありません</translation>
    </message>
    <message>
        <source>That organization is already on the letter&apos;s list</source>
        <translation>その団体はすでに書簡のリストにあります</translation>
    </message>
    <message>
        <source>The new order must list each of the letter&apos;s signatories once</source>
        <translation>新しい順序には書簡の署名団体をそれぞれ 1 回ずつ入れてください</translation>
    </message>
    <message>
        <source>A recipient is either a contact or an organization</source>
        <translation>宛先は連絡先か団体のどちらかです</translation>
    </message>
    <message>
        <source>Not a signature status: {value!r} (one of {choices})</source>
        <translation>署名の状態ではありません: {value!r}({choices} のいずれか)</translation>
    </message>
    <message>
        <source>Place {position} on the letter&apos;s list is taken</source>
        <translation>書簡のリストの {position} 番目はすでに使われています</translation>
    </message>
    <message>
        <source>A letter already sent keeps its signatory lines as signed</source>
        <translation>送付済みの書簡は署名団体の行を署名時のまま保ちます</translation>
    </message>
    <message>
        <source>An organization needs a name</source>
        <translation>団体には名前が必要です</translation>
    </message>
    <message>
        <source>Organizations cannot be sorted by {sort!r}</source>
        <translation>団体は {sort!r} で並べ替えられません</translation>
    </message>
    <message>
        <source>The activity “{subject}” has no follow-up</source>
        <translation>活動「{subject}」にはフォローアップがありません</translation>
    </message>
    <message>
        <source>A timeline is of one organization or one contact</source>
        <translation>タイムラインは 1 つの団体か 1 人の連絡先についてのものです</translation>
    </message>
    <message>
        <source>{typed} is not a valid phone number {where}</source>
        <translation>{typed} は{where}有効な電話番号ではありません</translation>
    </message>
    <message>
        <source>{typed} does not look like a phone number</source>
        <translation>{typed} は電話番号には見えません</translation>
    </message>
    <message>
        <source>in {country}</source>
        <translation>{country}の</translation>
    </message>
    <message>
        <source>{value} is not a date; write it as YYYY-MM-DD</source>
        <translation>{value} は日付ではありません。YYYY-MM-DD の形で書いてください</translation>
    </message>
    <message>
        <source>{value} is not yes or no</source>
        <translation>{value} は「はい」か「いいえ」ではありません</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value} はテキストではありません</translation>
    </message>
    <message>
        <source>The e-mail address is empty</source>
        <translation>メールアドレスが空です</translation>
    </message>
    <message>
        <source>The e-mail address is missing an @</source>
        <translation>メールアドレスに @ がありません</translation>
    </message>
    <message>
        <source>The e-mail address has more than one @</source>
        <translation>メールアドレスに @ が 2 つ以上あります</translation>
    </message>
    <message>
        <source>The e-mail address has nothing before the @</source>
        <translation>メールアドレスの @ の前に何もありません</translation>
    </message>
    <message>
        <source>The e-mail address has nothing after the @</source>
        <translation>メールアドレスの @ の後に何もありません</translation>
    </message>
    <message>
        <source>The e-mail address contains a space</source>
        <translation>メールアドレスに空白が含まれています</translation>
    </message>
    <message>
        <source>The part after the @ in the e-mail address needs a dot, as in example.org</source>
        <translation>メールアドレスの @ の後ろには example.org のようにドットが必要です</translation>
    </message>
    <message>
        <source>The phone number is empty</source>
        <translation>電話番号が空です</translation>
    </message>
    <message>
        <source>Start {typed} with + and the country calling code, or give the record a country, so that the number can be read</source>
        <translation>番号を読み取れるように、{typed} を + と国番号で始めるか、レコードに国を指定してください</translation>
    </message>
    <message>
        <source>{typed} is too short for a phone number {where}</source>
        <translation>{typed} は{where}電話番号としては短すぎます</translation>
    </message>
    <message>
        <source>{typed} is too long for a phone number {where}</source>
        <translation>{typed} は{where}電話番号としては長すぎます</translation>
    </message>
    <message>
        <source>{typed} does not start with a country calling code that exists</source>
        <translation>{typed} は存在する国番号で始まっていません</translation>
    </message>
    <message>
        <source>{typed} is too short for a phone number</source>
        <translation>{typed} は電話番号としては短すぎます</translation>
    </message>
    <message>
        <source>The phone number is too long</source>
        <translation>電話番号が長すぎます</translation>
    </message>
    <message>
        <source>with this country calling code</source>
        <translation>この国番号の</translation>
    </message>
    <message>
        <source>The web address is empty</source>
        <translation>ウェブアドレスが空です</translation>
    </message>
    <message>
        <source>The web address contains a space</source>
        <translation>ウェブアドレスに空白が含まれています</translation>
    </message>
    <message>
        <source>{typed} looks like an e-mail address, not a web address</source>
        <translation>{typed} はウェブアドレスではなくメールアドレスのようです</translation>
    </message>
    <message>
        <source>A web address for a record should not contain a user name or password</source>
        <translation>レコードのウェブアドレスにユーザー名やパスワードを含めないでください</translation>
    </message>
    <message>
        <source>{text} needs a site name with a dot in it, as in www.example.org</source>
        <translation>{text} には www.example.org のようにドットを含むサイト名が必要です</translation>
    </message>
    <message>
        <source>{text} is not a language code; use a code such as ko, ja, en or pt-BR</source>
        <translation>{text} は言語コードではありません。ko、ja、en、pt-BR のようなコードを使ってください</translation>
    </message>
    <message>
        <source>{text} is not a country code</source>
        <translation>{text} は国コードではありません</translation>
    </message>
    <message>
        <source>The date it left is before the date it joined</source>
        <translation>脱退日が加入日より前です</translation>
    </message>
    <message>
        <source>Choose the organization</source>
        <translation>団体を選んでください</translation>
    </message>
    <message>
        <source>The end date is before the start date</source>
        <translation>終了日が開始日より前です</translation>
    </message>
    <message>
        <source>The e-mail address is not valid: {reason}</source>
        <translation>メールアドレスが正しくありません: {reason}</translation>
    </message>
    <message>
        <source>The e-mail address contains characters that cannot be used</source>
        <translation>メールアドレスに使えない文字が含まれています</translation>
    </message>
    <message>
        <source>A web address must start with http:// or https://</source>
        <translation>ウェブアドレスは http:// か https:// で始めてください</translation>
    </message>
    <message>
        <source>{text} is not a web address</source>
        <translation>{text} はウェブアドレスではありません</translation>
    </message>
    <message>
        <source>Choose a {what}</source>
        <translation>{what}を選んでください</translation>
    </message>
    <message>
        <source>Unknown field: {field}</source>
        <translation>不明な項目: {field}</translation>
    </message>
    <message>
        <source>{text} is missing the // after {scheme}:</source>
        <translation>{text} には {scheme}: の後の // がありません</translation>
    </message>
    <message>
        <source>{value} is not a {what}; choose one of {allowed}</source>
        <translation>{value} は{what}ではありません。次から選んでください: {allowed}</translation>
    </message>
    <message>
        <source>There is no report {name!r}: choose one of {value}</source>
        <translation>レポート {name!r} はありません。次から選んでください: {value}</translation>
    </message>
    <message>
        <source>Could not write {target}: {error}</source>
        <translation>{target} に書き込めませんでした: {error}</translation>
    </message>
    <message>
        <source>{count} members in all</source>
        <translation>加盟団体は計 {count}</translation>
    </message>
    <message>
        <source>Only the {count} organizations of one saved group</source>
        <translation>保存したグループ 1 つの団体 {count} 件のみ</translation>
    </message>
    <message>
        <source>The {name} report cannot be limited to a group: only the reports about member organizations can</source>
        <translation>{name} レポートはグループに絞れません。グループに絞れるのは加盟団体についてのレポートだけです</translation>
    </message>
    <message>
        <source>Months in which no one joined or left are shown as one row.</source>
        <translation>加盟も脱退もなかった月は 1 行にまとめて表示します。</translation>
    </message>
    <message>
        <source>Countries counts the signatories&apos; countries; international organizations are not counted as a country.</source>
        <translation>国の数は署名団体の国を数えます。国際団体は国として数えません。</translation>
    </message>
    <message>
        <source>{database_path} is not a CoalitionDesk database; a backup is not restored over it</source>
        <translation>{database_path} は CoalitionDesk のデータベースではないため、その上にバックアップを復元しません</translation>
    </message>
    <message>
        <source>There is no database at {source} to back up</source>
        <translation>{source} にバックアップするデータベースがありません</translation>
    </message>
    <message>
        <source>There is no backup file at {backup_file}</source>
        <translation>{backup_file} にバックアップファイルがありません</translation>
    </message>
    <message>
        <source>{backup_file} is damaged and cannot be restored ({detail})</source>
        <translation>{backup_file} は壊れているため復元できません({detail})</translation>
    </message>
    <message>
        <source>{backup_file} is not a CoalitionDesk backup</source>
        <translation>{backup_file} は CoalitionDesk のバックアップではありません</translation>
    </message>
    <message>
        <source>{backup_file} was written by a newer version of CoalitionDesk; update CoalitionDesk to restore it</source>
        <translation>{backup_file} は新しいバージョンの CoalitionDesk で作られています。復元するには CoalitionDesk を更新してください</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself</source>
        <translation>データベースをそれ自身から復元することはできません</translation>
    </message>
    <message>
        <source>{destination} already exists; choose a new file name</source>
        <translation>{destination} はすでにあります。新しいファイル名を選んでください</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist</source>
        <translation>フォルダー {parent} がありません</translation>
    </message>
    <message>
        <source>The backup of {source} failed its check ({problems}); older backups were kept</source>
        <translation>{source} のバックアップは検査に失敗しました({problems})。以前のバックアップは残してあります</translation>
    </message>
    <message>
        <source>Could not write the backup {destination}: {exc}</source>
        <translation>バックアップ {destination} を書き込めませんでした: {exc}</translation>
    </message>
    <message>
        <source>Cannot read {source}: {exc}</source>
        <translation>{source} を読み取れません: {exc}</translation>
    </message>
    <message>
        <source>Could not back up {source}: {exc}</source>
        <translation>{source} をバックアップできませんでした: {exc}</translation>
    </message>
    <message>
        <source>Could not restore {database_path} from {backup_file}: {exc}</source>
        <translation>{backup_file} から {database_path} を復元できませんでした: {exc}</translation>
    </message>
    <message>
        <source>Cannot create the backups folder {folder}: {value}</source>
        <translation>バックアップフォルダー {folder} を作成できません: {value}</translation>
    </message>
    <message>
        <source>{database_path} is encrypted and this backup is not; encrypt the backup first or restore it to another file</source>
        <translation>{database_path} は暗号化されていますが、このバックアップは暗号化されていません。先にバックアップを暗号化するか、別のファイルに復元してください</translation>
    </message>
    <message>
        <source>This backup is encrypted and {database_path} is not; encrypt the database first or restore the backup to another file</source>
        <translation>このバックアップは暗号化されていますが、{database_path} は暗号化されていません。先にデータベースを暗号化するか、バックアップを別のファイルに復元してください</translation>
    </message>
    <message>
        <source>{path} is encrypted: enter its passphrase</source>
        <translation>{path} は暗号化されています。パスフレーズを入力してください</translation>
    </message>
    <message>
        <source>That passphrase does not open {path}; nothing was changed</source>
        <translation>そのパスフレーズでは {path} を開けません。何も変更していません</translation>
    </message>
    <message>
        <source>A passphrase cannot be empty</source>
        <translation>パスフレーズは空にできません</translation>
    </message>
    <message>
        <source>{path} is already encrypted; to change its passphrase use rekey</source>
        <translation>{path} はすでに暗号化されています。パスフレーズを変えるには rekey を使ってください</translation>
    </message>
    <message>
        <source>{path} is not encrypted; encrypt it first</source>
        <translation>{path} は暗号化されていません。先に暗号化してください</translation>
    </message>
    <message>
        <source>{path} is not encrypted; copy it as it is</source>
        <translation>{path} は暗号化されていません。そのままコピーしてください</translation>
    </message>
    <message>
        <source>{to} already exists; choose a new file name</source>
        <translation>{to} はすでにあります。新しいファイル名を選んでください</translation>
    </message>
    <message>
        <source>The copy of {source} failed its check ({problem}); nothing was changed</source>
        <translation>{source} のコピーが検査に通りませんでした ({problem})。何も変更していません</translation>
    </message>
    <message>
        <source>it was changed outside CoalitionDesk: restore a backup</source>
        <translation>CoalitionDesk の外で変更されています。バックアップを復元してください</translation>
    </message>
    <message>
        <source>Cannot open {name}: {detail}</source>
        <translation>{name} を開けません: {detail}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} はデータベースファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>There is no database at {path}</source>
        <translation>{path} にデータベースがありません</translation>
    </message>
    <message>
        <source>it was moved aside as damaged, to {moved}</source>
        <translation>壊れていたため {moved} に移してあります</translation>
    </message>
    <message>
        <source>the file is missing, although it has backups</source>
        <translation>バックアップはありますが、ファイルがありません</translation>
    </message>
    <message>
        <source>There is no database at {path}: {problem}; the newest good backup is {good}; a new, empty database is not made in its place while its backups are in {folder}</source>
        <translation>{path} にデータベースがありません: {problem}。最新の正常なバックアップは {good} です。バックアップが {folder} にある間は、そこに新しい空のデータベースを作りません</translation>
    </message>
    <message>
        <source>it was moved aside, untouched, to {moved}</source>
        <translation>手を付けずに {moved} に移してあります</translation>
    </message>
    <message>
        <source>it was left as it is</source>
        <translation>そのままにしてあります</translation>
    </message>
    <message>
        <source>the newest good backup is {good}</source>
        <translation>最新の正常なバックアップは {good} です</translation>
    </message>
    <message>
        <source>there is no backup of it</source>
        <translation>バックアップはありません</translation>
    </message>
    <message>
        <source>{path} is damaged: {problem}; {where}; {backed_up}</source>
        <translation>{path} は壊れています: {problem}。{where}。{backed_up}</translation>
    </message>
    <message>
        <source>{name} is not a CoalitionDesk database</source>
        <translation>{name} は CoalitionDesk のデータベースではありません</translation>
    </message>
    <message>
        <source>{name} records {count} schema versions ({value}) where there is one; {changed_outside}</source>
        <translation>{name} にはスキーマのバージョンが 1 つのはずが {count} 個({value})記録されています。{changed_outside}</translation>
    </message>
    <message>
        <source>{display_name} is not a CoalitionDesk database</source>
        <translation>{display_name} は CoalitionDesk のデータベースではありません</translation>
    </message>
    <message>
        <source>CoalitionDesk cannot use {backend} databases</source>
        <translation>CoalitionDesk は {backend} のデータベースを使えません</translation>
    </message>
    <message>
        <source>The {backend} driver ({value}) is not installed here</source>
        <translation>{backend} のドライバー({value})がここにインストールされていません</translation>
    </message>
    <message>
        <source>{name} is labelled schema version {versions}, but it already has parts of a later version ({value}); {changed_outside}</source>
        <translation>{name} はスキーマのバージョン {versions} と記されていますが、すでに後のバージョンの部分({value})があります。{changed_outside}</translation>
    </message>
    <message>
        <source>{name} is not a CoalitionDesk database or is damaged</source>
        <translation>{name} は CoalitionDesk のデータベースではないか、壊れています</translation>
    </message>
    <message>
        <source>Cannot open {name}: check that it exists and is readable</source>
        <translation>{name} を開けません。存在し、読み取れることを確認してください</translation>
    </message>
    <message>
        <source>Not a database address: {text}</source>
        <translation>データベースのアドレスではありません: {text}</translation>
    </message>
    <message>
        <source>Cannot open {path}: SQLite needs to create {file}-wal and {file}-shm beside it, and the folder {folder} is read-only; copy the database to a folder you can write to</source>
        <translation>{path} を開けません。SQLite はその隣に {file}-wal と {file}-shm を作る必要がありますが、フォルダー {folder} は読み取り専用です。書き込めるフォルダーにデータベースをコピーしてください</translation>
    </message>
    <message>
        <source>{display_name} was written by a newer version of CoalitionDesk; update CoalitionDesk to open it</source>
        <translation>{display_name} は新しいバージョンの CoalitionDesk で作られています。開くには CoalitionDesk を更新してください</translation>
    </message>
    <message>
        <source>The path “{path}” is {whole:,} bytes long; file systems take paths of at most {path_max:,} bytes</source>
        <translation>パス「{path}」は {whole:,} バイトあります。ファイルシステムで使えるパスは最大 {path_max:,} バイトです</translation>
    </message>
    <message>
        <source>The {noun} name “{part}” is {size:,} bytes long; file systems take names of at most {name_max} bytes: choose a shorter name</source>
        <translation>{noun}名「{part}」は {size:,} バイトあります。ファイルシステムで使える名前は最大 {name_max} バイトです。短い名前を選んでください</translation>
    </message>
    <message>
        <source>{path} is open in {holder}; close it there first, or wait until it is closed</source>
        <translation>{path} は {holder} で開かれています。先にそちらで閉じるか、閉じられるまで待ってください</translation>
    </message>
    <message>
        <source>Cannot open {database_path} for writing: the lock file {name} cannot be created there ({value})</source>
        <translation>{database_path} を書き込み用に開けません: そこにロックファイル {name} を作成できません({value})</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} バイト</translation>
    </message>
    <message>
        <source>{count} KB</source>
        <translation>{count} KB</translation>
    </message>
    <message>
        <source>{count} MB</source>
        <translation>{count} MB</translation>
    </message>
    <message>
        <source>Attachments belong to an organization, contact, letter or activity, not {kind!r}</source>
        <translation>添付ファイルは団体、連絡先、書簡、活動のいずれかに属します。{kind!r} には属しません</translation>
    </message>
    <message>
        <source>An attachment needs a file name</source>
        <translation>添付ファイルにはファイル名が必要です</translation>
    </message>
    <message>
        <source>An attachment&apos;s name cannot hold a NUL character</source>
        <translation>添付ファイルの名前に NUL 文字は使えません</translation>
    </message>
    <message>
        <source>“{name}” is {size} MB: attachments are limited to {limit} MB each</source>
        <translation>「{name}」は {size} MB です。添付ファイルは 1 つ {limit} MB までです</translation>
    </message>
    <message>
        <source>No {kind} called “{name}”</source>
        <translation>「{name}」という{kind}はありません</translation>
    </message>
    <message>
        <source>{count} records of kind {kind} are called “{name}”: name one by its id, as #{first}</source>
        <translation>種類 {kind} の記録 {count} 件が「{name}」という名前です。#{first} のように ID で指定してください</translation>
    </message>
    <message>
        <source>The file “{name}” was erased with the record it belonged to</source>
        <translation>ファイル「{name}」は属していた記録とともに消去されました</translation>
    </message>
    <message>
        <source>The file “{name}” is damaged in the database: restore a backup</source>
        <translation>データベース内のファイル「{name}」が破損しています。バックアップを復元してください</translation>
    </message>
    <message>
        <source>{path} is not a folder</source>
        <translation>{path} はフォルダーではありません</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path} を読み込めません: {reason}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} に書き込めません: {reason}</translation>
    </message>
    <message>
        <source>{name} ({kind}, search): {count}</source>
        <translation>{name}({kind}、検索): {count}</translation>
    </message>
    <message>
        <source>{name} ({kind}, hand-picked): {count}</source>
        <translation>{name}({kind}、手動選択): {count}</translation>
    </message>
    <message>
        <source>{name} ({kind}, search): its filters name an own field removed since</source>
        <translation>{name}({kind}、検索): フィルターが、その後削除された独自フィールドを指しています</translation>
    </message>
    <message>
        <source>A group holds organizations or contacts, not {kind!r}</source>
        <translation>グループに入るのは団体か連絡先で、{kind!r} は入りません</translation>
    </message>
    <message>
        <source>A group needs a name</source>
        <translation>グループには名前が必要です</translation>
    </message>
    <message>
        <source>A group&apos;s name cannot hold a NUL character</source>
        <translation>グループ名に NUL 文字は使えません</translation>
    </message>
    <message>
        <source>A group is either a search or a hand-picked list, not both</source>
        <translation>グループは検索か手動選択の一覧のどちらかで、両方にはできません</translation>
    </message>
    <message>
        <source>Only a hand-picked group lists its records</source>
        <translation>記録を一覧にできるのは手動選択のグループだけです</translation>
    </message>
    <message>
        <source>The filter is not one for {kind} records</source>
        <translation>このフィルターは{kind}の記録用ではありません</translation>
    </message>
    <message>
        <source>Both an organization group and a contact group are called “{name}”: say which kind</source>
        <translation>団体グループと連絡先グループの両方が「{name}」という名前です。どちらか指定してください</translation>
    </message>
    <message>
        <source>No group called “{name}”</source>
        <translation>「{name}」というグループはありません</translation>
    </message>
    <message>
        <source>No group with id {id}</source>
        <translation>ID {id} のグループはありません</translation>
    </message>
    <message>
        <source>No {kind} with id {id}</source>
        <translation>ID {id} の{kind}はありません</translation>
    </message>
    <message>
        <source>“{name}” is a saved search: its records are those its filters find</source>
        <translation>「{name}」は保存した検索です。その記録はフィルターで見つかるものです</translation>
    </message>
    <message>
        <source>There is already a group called “{name}”</source>
        <translation>「{name}」というグループはすでにあります</translation>
    </message>
    <message>
        <source>A search within a group cannot be saved as a group of its own: show all records first, or add them to a hand-picked group</source>
        <translation>グループ内の検索は独立したグループとして保存できません。先にすべての記録を表示するか、手動選択のグループに追加してください</translation>
    </message>
    <message>
        <source>“{name}” is a group of {group_kind} records, not {kind} records</source>
        <translation>「{name}」は{kind}の記録ではなく、{group_kind}の記録のグループです</translation>
    </message>
    <message>
        <source>A record goes on a letter as a signatory or a recipient, not {value!r}</source>
        <translation>記録は署名団体または宛先として書簡に入ります。{value!r} としては入れられません</translation>
    </message>
    <message>
        <source>Only organizations sign a letter, not {kind}s</source>
        <translation>書簡に署名できるのは団体だけで、{kind}は署名できません</translation>
    </message>
    <message>
        <source>No export language {value!r}: choose one of {choices}</source>
        <translation>エクスポートの言語 {value!r} はありません。{choices} から選んでください</translation>
    </message>
    <message>
        <source>{field} is no longer a field</source>
        <translation>{field} はもうフィールドではありません</translation>
    </message>
    <message>
        <source>a tag contains a NUL character (an invisible control character, which cannot be stored): {text}</source>
        <translation>タグに NUL 文字(保存できない目に見えない制御文字)が含まれています: {text}</translation>
    </message>
    <message>
        <source>{name} holds no vCard</source>
        <translation>{name} に vCard がありません</translation>
    </message>
    <message>
        <source>{name} is not a vCard file that can be read ({problem})</source>
        <translation>{name} は読み込める vCard ファイルではありません({problem})</translation>
    </message>
    <message>
        <source>{address} is not an e-mail address to send from</source>
        <translation>{address} は送信元に使えるメールアドレスではありません</translation>
    </message>
    <message>
        <source>{where} refused the test message to {address} ({reply})</source>
        <translation>{where} が {address} 宛てのテストメッセージを拒否しました({reply})</translation>
    </message>
    <message>
        <source>{where} refused the test message ({reply})</source>
        <translation>{where} がテストメッセージを拒否しました({reply})</translation>
    </message>
    <message>
        <source>The connection to {where} broke off ({reason})</source>
        <translation>{where} との接続が切れました({reason})</translation>
    </message>
    <message>
        <source>The mail server {where} refused the sender address {sender} ({reply})</source>
        <translation>メールサーバー {where} が送信元アドレス {sender} を拒否しました({reply})</translation>
    </message>
    <message>
        <source>The connection to {where} broke off ({reason}); {name} and those after were not sent: run it again to go on</source>
        <translation>{where} との接続が切れました({reason})。{name} 以降は送信していません。もう一度実行すると続きから送ります</translation>
    </message>
    <message>
        <source>The connection to {where} broke off while sending to {name} ({reason}): whether it arrived is uncertain; check your sent folder</source>
        <translation>{name} への送信中に {where} との接続が切れました({reason})。届いたかどうか不確実です。送信済みフォルダーを確認してください</translation>
    </message>
    <message>
        <source>No password for {user} at {host}: keep it in the system keyring, give it in {variable}, or run the command on a terminal</source>
        <translation>{host} の {user} のパスワードがありません。システムのキーリングに保管するか、{variable} で指定するか、端末でコマンドを実行してください</translation>
    </message>
    <message>
        <source>Say which mail server to send through (host:port)</source>
        <translation>送信に使うメールサーバーを指定してください(host:port)</translation>
    </message>
    <message>
        <source>A password is never sent to a mail server without encryption: use starttls or tls</source>
        <translation>パスワードは暗号化なしでメールサーバーに送りません。starttls か tls を使ってください</translation>
    </message>
    <message>
        <source>Messages per minute cannot be negative</source>
        <translation>1 分あたりのメッセージ数は負の値にできません</translation>
    </message>
    <message>
        <source>The certificate of {where} could not be checked ({reason}); nothing was sent</source>
        <translation>{where} の証明書を確認できませんでした({reason})。何も送信していません</translation>
    </message>
    <message>
        <source>{where} does not offer STARTTLS; nothing was sent</source>
        <translation>{where} は STARTTLS に対応していません。何も送信していません</translation>
    </message>
    <message>
        <source>{where} refused the user name or password ({reply}); nothing was sent</source>
        <translation>{where} がユーザー名またはパスワードを拒否しました({reply})。何も送信していません</translation>
    </message>
    <message>
        <source>Could not reach the mail server {where} ({reason}); nothing was sent</source>
        <translation>メールサーバー {where} に接続できませんでした({reason})。何も送信していません</translation>
    </message>
    <message>
        <source>Custom fields belong to organizations or contacts, not {value}</source>
        <translation>独自フィールドは団体か連絡先に属し、{value} には属しません</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed}</source>
        <translation>{value} は {allowed} のいずれでもありません</translation>
    </message>
    <message>
        <source>A custom field needs a name</source>
        <translation>独自フィールドには名前が必要です</translation>
    </message>
    <message>
        <source>{label} is already a field of every {value}</source>
        <translation>{label} はすでにすべての{value}にあるフィールドです</translation>
    </message>
    <message>
        <source>A choice field needs at least one choice</source>
        <translation>選択フィールドには選択肢が 1 つ以上必要です</translation>
    </message>
    <message>
        <source>There is no custom field {value}</source>
        <translation>独自フィールド {value} はありません</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} は数値ではありません</translation>
    </message>
    <message>
        <source>{label}: {problem}</source>
        <translation>{label}: {problem}</translation>
    </message>
    <message>
        <source>There is already a field called {label}</source>
        <translation>{label} というフィールドはすでにあります</translation>
    </message>
    <message>
        <source>{value} is not a type of field; choose one of {allowed}</source>
        <translation>{value} はフィールドの種類ではありません。{allowed} から選んでください</translation>
    </message>
    <message>
        <source>{value} is still stored in {label}; change those records first</source>
        <translation>{label} にまだ {value} が保存されています。先にそれらの記録を変更してください</translation>
    </message>
    <message>
        <source>There is no custom field {value} for a {kind}</source>
        <translation>{kind}の独自フィールド {value} はありません</translation>
    </message>
    <message>
        <source>contains a NUL character (an invisible control character, which cannot be stored); remove it</source>
        <translation>NUL 文字(保存できない目に見えない制御文字)が含まれています。削除してください</translation>
    </message>
    <message>
        <source>{field}: contains a NUL character (an invisible control character, which cannot be stored); remove it</source>
        <translation>{field}: NUL 文字(保存できない目に見えない制御文字)が含まれています。削除してください</translation>
    </message>
    <message>
        <source>Your role on this server does not allow this; nothing was changed</source>
        <translation>このサーバーでのあなたの役割では、この操作はできません。何も変更していません</translation>
    </message>
    <message>
        <source>{name} does not fold letters beyond A to Z into lower case (its character type is C or it is not in UTF-8): create it again with ENCODING &apos;UTF8&apos; and a UTF-8 LC_CTYPE such as &apos;C.UTF-8&apos;</source>
        <translation>{name} は A〜Z 以外の文字を小文字にできません(文字種別が C か、UTF-8 ではありません)。ENCODING &apos;UTF8&apos; と &apos;C.UTF-8&apos; などの UTF-8 の LC_CTYPE で作り直してください</translation>
    </message>
    <message>
        <source>There is no database {database} on the server {server}: ask the server&apos;s administrator to create it</source>
        <translation>サーバー {server} にデータベース {database} がありません。サーバーの管理者に作成を依頼してください</translation>
    </message>
    <message>
        <source>The server {server} refused the password for {user}</source>
        <translation>サーバー {server} が {user} のパスワードを拒否しました</translation>
    </message>
    <message>
        <source>The server {server} asks for {user}&apos;s password: give it in the address or in the password file (~/.pgpass)</source>
        <translation>サーバー {server} が {user} のパスワードを求めています。アドレスかパスワードファイル(~/.pgpass)で指定してください</translation>
    </message>
    <message>
        <source>The server {server} accepts encrypted connections only: add ?sslmode=require to the address</source>
        <translation>サーバー {server} は暗号化された接続しか受け付けません。アドレスに ?sslmode=require を追加してください</translation>
    </message>
    <message>
        <source>The server {server} does not let {user} in to {database}</source>
        <translation>サーバー {server} は {user} の {database} への接続を許可していません</translation>
    </message>
    <message>
        <source>Cannot reach the database server {server}: check that it is running and that this computer can reach it</source>
        <translation>データベースサーバー {server} に接続できません。サーバーが動いているか、このコンピューターから接続できるか確認してください</translation>
    </message>
    <message>
        <source>The server {server} lets no one in to {database} at the moment: try again later, or ask the server&apos;s administrator</source>
        <translation>サーバー {server} は現在 {database} への接続を誰にも許可していません。後でもう一度試すか、サーバーの管理者に問い合わせてください</translation>
    </message>
    <message>
        <source>The server did not save this: the record would be one your role may not see (a restricted contact); nothing was changed</source>
        <translation>サーバーは保存しませんでした。あなたの役割では見られない記録(制限付きの連絡先)になるためです。何も変更していません</translation>
    </message>
    <message>
        <source>Your role on this server may not delete records: ask a coordinator; nothing was changed</source>
        <translation>このサーバーでのあなたの役割では記録を削除できません。コーディネーターに依頼してください。何も変更していません</translation>
    </message>
    <message>
        <source>A database cannot be copied onto itself</source>
        <translation>データベースを自分自身にはコピーできません</translation>
    </message>
    <message>
        <source>{name} already holds records: copy into a new, empty database, or give --replace to replace everything in it; nothing was changed</source>
        <translation>{name} にはすでに記録があります。空の新しいデータベースにコピーするか、中身をすべて置き換えるなら --replace を指定してください。何も変更していません</translation>
    </message>
    <message>
        <source>A volunteer may not copy the database of {name}</source>
        <translation>ボランティアは {name} のデータベースをコピーできません</translation>
    </message>
    <message>
        <source>The server cannot be reached; nothing was saved and your edits are kept: save again once it is back</source>
        <translation>サーバーに接続できません。何も保存しておらず、編集内容は残っています。サーバーが戻ったらもう一度保存してください</translation>
    </message>
    <message>
        <source>The connection to the server was lost while the change was being saved: it may or may not have been saved; check with history before making it again</source>
        <translation>変更を保存している間にサーバーとの接続が切れました。保存されたかどうかはわかりません。やり直す前に履歴で確認してください</translation>
    </message>
    <message>
        <source>A user name is letters, digits, - and _ (at most 63): {name}</source>
        <translation>ユーザー名は英字、数字、- と _ で作ります(最大 63 文字): {name}</translation>
    </message>
    <message>
        <source>The database {database} has no roles yet: run `coalitiondesk server init` first</source>
        <translation>データベース {database} にはまだ役割がありません。先に `coalitiondesk server init` を実行してください</translation>
    </message>
    <message>
        <source>The server already has a user {name}; nothing was changed</source>
        <translation>サーバーにはすでにユーザー {name} がいます。何も変更していません</translation>
    </message>
    <message>
        <source>Could not write {target}: {problem}</source>
        <translation>{target} を書き込めませんでした: {problem}</translation>
    </message>
    <message>
        <source>In the {language} version: {problem}</source>
        <translation>{language}版: {problem}</translation>
    </message>
    <message>
        <source>The signature must be a PNG or JPEG image</source>
        <translation>署名は PNG または JPEG の画像にしてください</translation>
    </message>
    <message>
        <source>The signature image is larger than {limit:,} bytes: scan it at a lower resolution or crop it to the signature</source>
        <translation>署名の画像が {limit:,} バイトを超えています。解像度を下げてスキャンするか、署名の部分だけに切り抜いてください</translation>
    </message>
    <message>
        <source>“{tag}” is not a language code (such as en, ko or ja)</source>
        <translation>「{tag}」は言語コード (en、ko、ja など) ではありません</translation>
    </message>
    <message>
        <source>The letter&apos;s body in its own language cannot be removed</source>
        <translation>書簡の元の言語の本文は削除できません</translation>
    </message>
    <message>
        <source>The letter has no version in “{tag}”</source>
        <translation>この書簡には「{tag}」の版がありません</translation>
    </message>
    <message>
        <source>{name} is not a Word or OpenDocument text file (.docx or .odt)</source>
        <translation>{name} は Word または OpenDocument のテキストファイル (.docx または .odt) ではありません</translation>
    </message>
    <message>
        <source>{name} has no text to use as the letter&apos;s body</source>
        <translation>{name} には書簡の本文に使えるテキストがありません</translation>
    </message>
    <message>
        <source>Reading {name} needs LibreOffice, which is not installed: save it as a Word document (.docx) and read that instead</source>
        <translation>{name} を読むには LibreOffice が必要ですが、インストールされていません。Word 文書 (.docx) として保存し、そのファイルを読み込んでください</translation>
    </message>
    <message>
        <source>LibreOffice could not convert {name}: it is damaged or not a text document, or LibreOffice Writer is not installed</source>
        <translation>LibreOffice が {name} を変換できませんでした。ファイルが壊れているかテキスト文書ではないか、LibreOffice Writer がインストールされていません</translation>
    </message>
    <message>
        <source>{name} cannot be read as a Word document: it is damaged or of another kind</source>
        <translation>{name} を Word 文書として読めません。壊れているか、別の種類のファイルです</translation>
    </message>
    <message>
        <source>LibreOffice could not convert {name}</source>
        <translation>LibreOffice が {name} を変換できませんでした</translation>
    </message>
    <message>
        <source>Nothing to write for “{title}”: no recipient can be written to</source>
        <translation>「{title}」に書き出すものがありません。書き出せる宛先がありません</translation>
    </message>
    <message>
        <source>{names}: private fields a volunteer may not read; choose other columns (nothing was exported)</source>
        <translation>{names}: ボランティアが読めない非公開項目です。別の列を選んでください（何もエクスポートしていません）</translation>
    </message>
    <message>
        <source>Your role on this server may not export contacts: ask a coordinator; nothing was exported</source>
        <translation>このサーバーでのあなたの役割では連絡先をエクスポートできません。コーディネーターに依頼してください。何もエクスポートしていません</translation>
    </message>
    <message>
        <source>Your role on this server may not change a private field; nothing was changed</source>
        <translation>このサーバーでのあなたの役割では非公開のフィールドを変更できません。何も変更していません</translation>
    </message>
    <message>
        <source>{program} is not installed on this computer: install PostgreSQL&apos;s client programs (postgresql-client)</source>
        <translation>このコンピューターに {program} がインストールされていません。PostgreSQL のクライアントプログラム (postgresql-client) をインストールしてください</translation>
    </message>
    <message>
        <source>{target} already exists; choose another file name (nothing was written)</source>
        <translation>{target} はすでにあります。別のファイル名を選んでください (何も書き込んでいません)</translation>
    </message>
    <message>
        <source>Only the database&apos;s owner may purge it: connect as the owner (who ran `coalitiondesk server init`); nothing was purged</source>
        <translation>データベースを消去できるのは所有者だけです。所有者 (`coalitiondesk server init` を実行した人) として接続してください。何も消去していません</translation>
    </message>
    <message>
        <source>The server&apos;s backup failed ({detail}); nothing was written</source>
        <translation>サーバーのバックアップに失敗しました ({detail})。何も書き込んでいません</translation>
    </message>
    <message>
        <source>The backup written cannot be read back ({detail}); nothing was kept</source>
        <translation>書き込んだバックアップを読み戻せません ({detail})。何も残していません</translation>
    </message>
    <message>
        <source>Cannot write to the folder {folder}: {error}</source>
        <translation>フォルダー {folder} に書き込めません: {error}</translation>
    </message>
    <message>
        <source>The server still gives {name} access to {database} in another way (a grant made by someone else): ask the server&apos;s administrator; nothing was changed</source>
        <translation>サーバーは別の方法（他の人が与えた権限）で {name} に {database} へのアクセスをまだ許可しています。サーバーの管理者に問い合わせてください。何も変更していません</translation>
    </message>
    <message>
        <source>The server has no user {name}; nothing was changed</source>
        <translation>サーバーにユーザー {name} はいません。何も変更していません</translation>
    </message>
    <message>
        <source>{name} is a superuser of the server, who may do everything whatever their group: only the server&apos;s administrator changes them; nothing was changed</source>
        <translation>{name} はサーバーのスーパーユーザーで、グループにかかわらずすべての操作ができます。変更できるのはサーバーの管理者だけです。何も変更していません</translation>
    </message>
    <message>
        <source>{name} owns {database} (or acts as its owner), who may do everything: only the server&apos;s administrator changes them; nothing was changed</source>
        <translation>{name} は {database} の所有者（または所有者として振る舞う人）で、すべての操作ができます。変更できるのはサーバーの管理者だけです。何も変更していません</translation>
    </message>
    <message>
        <source>{name} is not a user of {database} (a member of neither {coordinator} nor {volunteer}); nothing was changed</source>
        <translation>{name} は {database} のユーザーではありません（{coordinator} にも {volunteer} にも属していません）。何も変更していません</translation>
    </message>
    <message>
        <source>You cannot remove yourself ({name}) from {database}: the owner does it; nothing was changed</source>
        <translation>{database} から自分自身（{name}）を削除することはできません。所有者が行います。何も変更していません</translation>
    </message>
    <message>
        <source>Only a coordinator backs up {name}: a volunteer&apos;s backup would leave out the restricted contacts and private fields; nothing was written</source>
        <translation>{name} をバックアップできるのはコーディネーターだけです。ボランティアのバックアップには制限付きの連絡先と非公開項目が含まれないためです。何も書き込んでいません</translation>
    </message>
    <message>
        <source>Only the owner of {name} restores a backup onto it: connect as the owner (who ran `coalitiondesk server init`); nothing was changed</source>
        <translation>{name} にバックアップを復元できるのは所有者だけです。所有者（`coalitiondesk server init` を実行した人）として接続してください。何も変更していません</translation>
    </message>
    <message>
        <source>No language {value!r} of headers: choose one of {choices}</source>
        <translation>{value!r} は見出しの言語ではありません。{choices} のいずれかを選んでください</translation>
    </message>
</context>
<context>
    <name>CoreTerms</name>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>acronym</source>
        <translation>略称</translation>
    </message>
    <message>
        <source>sort name</source>
        <translation>並べ替え用の名前</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>正式名称</translation>
    </message>
    <message>
        <source>native name</source>
        <translation>現地表記</translation>
    </message>
    <message>
        <source>signatory name</source>
        <translation>署名名</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>country code</source>
        <translation>国コード</translation>
    </message>
    <message>
        <source>show country on signature</source>
        <translation>署名に国を表示</translation>
    </message>
    <message>
        <source>joined on</source>
        <translation>加入日</translation>
    </message>
    <message>
        <source>left on</source>
        <translation>脱退日</translation>
    </message>
    <message>
        <source>website</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <source>email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>street</source>
        <translation>番地</translation>
    </message>
    <message>
        <source>street2</source>
        <translation>番地 2</translation>
    </message>
    <message>
        <source>city</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>region</source>
        <translation>都道府県・地域</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>address country code</source>
        <translation>住所の国コード</translation>
    </message>
    <message>
        <source>native address</source>
        <translation>現地の文字での住所</translation>
    </message>
    <message>
        <source>do not share</source>
        <translation>共有しない</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>family name first</source>
        <translation>姓を先に</translation>
    </message>
    <message>
        <source>honorific</source>
        <translation>敬称</translation>
    </message>
    <message>
        <source>salutation</source>
        <translation>宛名の呼びかけ</translation>
    </message>
    <message>
        <source>position</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>social handle</source>
        <translation>SNS アカウント</translation>
    </message>
    <message>
        <source>preferred language</source>
        <translation>希望言語</translation>
    </message>
    <message>
        <source>do not mail</source>
        <translation>郵送しない</translation>
    </message>
    <message>
        <source>do not email</source>
        <translation>メールを送らない</translation>
    </message>
    <message>
        <source>organization id</source>
        <translation>団体 ID</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>district</source>
        <translation>郡・地区</translation>
    </message>
    <message>
        <source>mobile phone</source>
        <translation>携帯電話</translation>
    </message>
    <message>
        <source>custom values</source>
        <translation>独自フィールドの値</translation>
    </message>
    <message>
        <source>country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>別名</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>同じ名前</translation>
    </message>
    <message>
        <source>same acronym</source>
        <translation>同じ略称</translation>
    </message>
    <message>
        <source>several records with this name</source>
        <translation>この名前のレコードが複数</translation>
    </message>
    <message>
        <source>same ID</source>
        <translation>同じ ID</translation>
    </message>
    <message>
        <source>same name, different country</source>
        <translation>同じ名前、異なる国</translation>
    </message>
    <message>
        <source>same name, different e-mail address</source>
        <translation>同じ名前、異なるメールアドレス</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>似た名前</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>同じメールアドレス</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>同じ電話番号</translation>
    </message>
    <message>
        <source>kind of organization</source>
        <translation>団体の種類</translation>
    </message>
    <message>
        <source>membership status</source>
        <translation>加盟状況</translation>
    </message>
    <message>
        <source>sensitivity</source>
        <translation>機密区分</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>書簡</translation>
    </message>
    <message>
        <source>affiliation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>backup file</source>
        <translation>バックアップファイル</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>添付ファイル</translation>
    </message>
</context>
<context>
    <name>CountriesPage</name>
    <message>
        <source>Countries table</source>
        <translation>国の表</translation>
    </message>
    <message>
        <source>Chart members by</source>
        <translation>加盟団体のグラフの区分</translation>
    </message>
    <message>
        <source>Members by country</source>
        <translation>国別の加盟団体</translation>
    </message>
    <message>
        <source>Members by region</source>
        <translation>地域別の加盟団体</translation>
    </message>
    <message>
        <source>Double-click a country to see its organizations.</source>
        <translation>国をダブルクリックすると、その国の団体を表示します。</translation>
    </message>
    <message>
        <source>Member organizations by region</source>
        <translation>地域別の加盟団体</translation>
    </message>
    <message>
        <source>Member organizations by country</source>
        <translation>国別の加盟団体</translation>
    </message>
</context>
<context>
    <name>CountryDetails</name>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Short form used in letters</source>
        <translation>書簡で使う略記</translation>
    </message>
    <message>
        <source>How the country is written on signatory lines, e.g. &quot;ROK&quot; for South Korea</source>
        <translation>署名団体の行での国の書き方です。例: 韓国は &quot;ROK&quot;</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Aliases recognised on import</source>
        <translation>インポート時に認識する別名</translation>
    </message>
    <message>
        <source>New alias, e.g. Hanguk</source>
        <translation>新しい別名(例: Hanguk)</translation>
    </message>
    <message>
        <source>New alias</source>
        <translation>新しい別名</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Short form:</source>
        <translation>略記:</translation>
    </message>
    <message>
        <source>Aliases:</source>
        <translation>別名:</translation>
    </message>
    <message>
        <source>Select a country to edit its short form and aliases.</source>
        <translation>略記と別名を編集する国を選んでください。</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国</translation>
    </message>
</context>
<context>
    <name>CustomFieldsDialog</name>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>はい/いいえ</translation>
    </message>
    <message>
        <source>One of a list</source>
        <translation>一覧から 1 つ</translation>
    </message>
    <message>
        <source>Own Fields</source>
        <translation>独自フィールド</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Fields of your own, shown in the forms, searched, exported as their own columns and offered when importing.</source>
        <translation>独自に定義するフィールドです。フォームに表示され、検索でき、個別の列としてエクスポートされ、インポート時にも選べます。</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>New field</source>
        <translation>新しいフィールド</translation>
    </message>
    <message>
        <source>e.g. Region of origin</source>
        <translation>例: 出身地域</translation>
    </message>
    <message>
        <source>One choice a line</source>
        <translation>1 行に選択肢 1 つ</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>フィールドを追加</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>選択肢</translation>
    </message>
    <message>
        <source>Fields of</source>
        <translation>フィールドの対象</translation>
    </message>
    <message>
        <source>No fields of your own yet</source>
        <translation>独自フィールドはまだありません</translation>
    </message>
    <message>
        <source>Rename Field</source>
        <translation>フィールド名を変更</translation>
    </message>
    <message>
        <source>New name of “{name}”:</source>
        <translation>「{name}」の新しい名前:</translation>
    </message>
    <message numerus="yes">
        <source>Remove “{name}” and its value from %n record(s)?</source>
        <translation>
            <numerusform>「{name}」と、記録 %n 件にあるその値を削除しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove “{name}”? No record has a value in it.</source>
        <translation>「{name}」を削除しますか? このフィールドに値のある記録はありません。</translation>
    </message>
    <message>
        <source>Remove Field</source>
        <translation>フィールドを削除</translation>
    </message>
    <message>
        <source>Edit › Undo brings the field and its values back.</source>
        <translation>編集 › 元に戻す で、フィールドとその値を戻せます。</translation>
    </message>
</context>
<context>
    <name>CustomValuesEditor</name>
    <message>
        <source>Known</source>
        <translation>判明</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>数値</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>データベースが破損しています</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>このバックアップを復元</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>空のデータベースで始める</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>CoalitionDesk cannot use {file}: {problem}.</source>
        <translation>CoalitionDesk は {file} を使用できません: {problem}。</translation>
    </message>
    <message>
        <source>Nothing was deleted. The damaged file was moved aside, unchanged, to:
{moved}

Someone who knows SQLite may still rescue recent changes from it.</source>
        <translation>何も削除していません。破損したファイルは変更せずに次の場所へ移しました:
{moved}

SQLite に詳しい人なら、このファイルから最近の変更を救い出せるかもしれません。</translation>
    </message>
    <message>
        <source>The newest good backup was made {time} ({size}). Restore it to carry on; changes made after it are not in it.</source>
        <translation>最新の正常なバックアップは {time} に作成されました({size})。復元して作業を続けてください。それ以降の変更は含まれていません。</translation>
    </message>
    <message>
        <source>There is no backup of this database. You can start again with an empty database, and CoalitionDesk will back it up from now on.</source>
        <translation>このデータベースのバックアップはありません。空のデータベースでやり直せます。今後は CoalitionDesk がバックアップします。</translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <source>Date of the status</source>
        <translation>状態の日付</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation>重複を検索</translation>
    </message>
    <message>
        <source>Records to search</source>
        <translation>検索する記録</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Look among:</source>
        <translation>検索対象:</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>重複の可能性が高い記録</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>似ている記録</translation>
    </message>
    <message>
        <source>The values to keep</source>
        <translation>残す値</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>統合(&amp;M)</translation>
    </message>
    <message>
        <source>Keep one record with the ticked values; the other&apos;s name becomes an alias and its tags, letters, activities and history move to it. Edit › Undo splits them</source>
        <translation>チェックした値で 1 つの記録を残します。もう一方の名前は別名になり、そのタグ・書簡・活動・履歴は残す記録に移ります。編集 › 元に戻す で再び分けられます</translation>
    </message>
    <message>
        <source>&amp;Not Duplicates</source>
        <translation>重複ではない(&amp;N)</translation>
    </message>
    <message>
        <source>Stop listing these two as duplicates</source>
        <translation>この 2 件を重複として表示しないようにします</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>残す:</translation>
    </message>
    <message numerus="yes">
        <source>%n likely pair(s)</source>
        <translation>
            <numerusform>重複の可能性が高い組 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>重複の可能性が高い記録はありません。</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>理由: {reasons}</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>統合</translation>
    </message>
    <message>
        <source>Not Duplicates</source>
        <translation>重複ではない</translation>
    </message>
</context>
<context>
    <name>EmailMergeDialog</name>
    <message>
        <source>Send “{title}” by e-mail</source>
        <translation>「{title}」をメールで送信</translation>
    </message>
    <message>
        <source>smtp.example.org</source>
        <translation>smtp.example.org</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>既定</translation>
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
        <translation>なし(パスワードなし)</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>システムのキーリングに記憶する</translation>
    </message>
    <message>
        <source>This computer offers no system keyring</source>
        <translation>このコンピューターにはシステムのキーリングがありません</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source> a minute</source>
        <translation> 件/分</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>メールサーバー</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>From</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Merge fields work here too: {{ full_name }}</source>
        <translation>ここでも差し込みフィールドが使えます: {{ full_name }}</translation>
    </message>
    <message>
        <source>Nothing attached</source>
        <translation>添付なし</translation>
    </message>
    <message>
        <source>The letter as a PDF</source>
        <translation>書簡を PDF で</translation>
    </message>
    <message>
        <source>The letter as a Word document (.docx)</source>
        <translation>書簡を Word 文書 (.docx) で</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>A run stopped after the server took these and before that was recorded: look in your sent folder first</source>
        <translation>サーバーが受け取った後、記録される前に実行が止まりました。まず送信済みフォルダーを確認してください</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Send a test to myself</source>
        <translation>自分にテスト送信</translation>
    </message>
    <message>
        <source>The selected message, sent to the From address only; nothing is recorded</source>
        <translation>選択したメッセージを送信元アドレスだけに送ります。何も記録しません</translation>
    </message>
    <message>
        <source>Save as .eml files…</source>
        <translation>.eml ファイルとして保存…</translation>
    </message>
    <message>
        <source>One file per recipient for any mail client; nothing is sent or recorded</source>
        <translation>どのメールソフトでも使えるよう、宛先ごとに 1 ファイル作ります。何も送信・記録しません</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message numerus="yes">
        <source>Send to the %n restricted contact(s) too</source>
        <translation>
            <numerusform>制限付きの連絡先 %n 件にも送る</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>メッセージ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n</source>
        <translation>
            <numerusform>除外: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try the %n refused message(s) again</source>
        <translation>
            <numerusform>拒否されたメッセージ %n 件を再試行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the %n uncertain message(s) again</source>
        <translation>
            <numerusform>不確実なメッセージ %n 件を再送信</numerusform>
        </translation>
    </message>
    <message>
        <source>To: {to}
Subject: {subject}</source>
        <translation>宛先: {to}
件名: {subject}</translation>
    </message>
    <message>
        <source>The password was not remembered: {reason}</source>
        <translation>パスワードを記憶できませんでした: {reason}</translation>
    </message>
    <message>
        <source>Type the password for {user} at {host}</source>
        <translation>{host} の {user} のパスワードを入力してください</translation>
    </message>
    <message>
        <source>A test of {name}&apos;s message was sent to {address}.</source>
        <translation>{name} 宛てのメッセージのテストを {address} に送信しました。</translation>
    </message>
    <message>
        <source>Save the messages in</source>
        <translation>メッセージの保存先</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n .eml file(s) to {folder}; nothing was sent.</source>
        <translation>
            <numerusform>{folder} に .eml ファイルを %n 件書き出しました。何も送信していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Stopped. Those sent are recorded; Send goes on with the others, and nobody gets a message twice.</source>
        <translation>停止しました。送信済みのものは記録されています。送信 を押すと残りを続けて送り、同じ人に二度送ることはありません。</translation>
    </message>
    <message>
        <source>do not e-mail</source>
        <translation>メール送信不可</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>制限付き</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>メールアドレスなし</translation>
    </message>
    <message>
        <source>not a usable e-mail address</source>
        <translation>使えないメールアドレス</translation>
    </message>
    <message>
        <source>home address withheld from a volunteer</source>
        <translation>ボランティアには非公開の自宅住所</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n message(s).</source>
        <translation>
            <numerusform>メッセージを %n 通送信しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%n sent before.</source>
        <translation>%n 通は以前に送信済みです。</translation>
    </message>
    <message>
        <source>Refused: %n</source>
        <translation>拒否: %n</translation>
    </message>
    <message>
        <source>Uncertain, check your sent folder: %n</source>
        <translation>不確か、送信済みフォルダーを確認してください: %n</translation>
    </message>
</context>
<context>
    <name>ExportColumns</name>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Country short form</source>
        <translation>国の略記</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>作成日時 (UTC)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>フォローアップ完了</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>フォローアップ予定日</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>書簡</translation>
    </message>
    <message>
        <source>Member organizations</source>
        <translation>加盟団体</translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation>表記どおりの名前</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Official name</source>
        <translation>正式名称</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Short form</source>
        <translation>略記</translation>
    </message>
    <message>
        <source>Signatory line</source>
        <translation>署名団体の行</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送付</translation>
    </message>
    <message>
        <source>First sent on</source>
        <translation>初回送付日</translation>
    </message>
    <message>
        <source>Last sent on</source>
        <translation>最終送付日</translation>
    </message>
    <message>
        <source>Times sent</source>
        <translation>送付回数</translation>
    </message>
    <message>
        <source>Response on</source>
        <translation>返信日</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>返信</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>状態の日付</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Subregion</source>
        <translation>小地域</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation>更新日時 (UTC)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Organizations</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Countries, with member counts</source>
        <translation>国(加盟団体数つき)</translation>
    </message>
    <message>
        <source>Signatories of a letter</source>
        <translation>書簡の署名団体</translation>
    </message>
    <message>
        <source>Recipients of a letter, with each sending</source>
        <translation>書簡の宛先と各送付の記録</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Export for partners</source>
        <translation>パートナー向けエクスポート</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>エクスポート対象:</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>書簡:</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>すべての記録</translation>
    </message>
    <message>
        <source>The records the current filter shows</source>
        <translation>現在のフィルターで表示中の記録</translation>
    </message>
    <message>
        <source>The records the current filter shows (%1)</source>
        <translation>現在のフィルターで表示中の記録(%1)</translation>
    </message>
    <message>
        <source>The selected records (%1)</source>
        <translation>選択した記録(%1)</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>記録:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列:</translation>
    </message>
    <message>
        <source>Columns to export</source>
        <translation>エクスポートする列</translation>
    </message>
    <message>
        <source>Name for these columns</source>
        <translation>この列構成の名前</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>プロファイルとして保存</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>プロファイルを削除</translation>
    </message>
    <message>
        <source>The language of kinds, statuses and country names in the file; the Full profile keeps the stored codes</source>
        <translation>ファイル内の種類・状況・国名の言語です。完全プロファイルは保存されたコードのままです</translation>
    </message>
    <message>
        <source>Labels in:</source>
        <translation>ラベルの言語:</translation>
    </message>
    <message>
        <source>Include restricted contacts and records tagged “do not share”</source>
        <translation>制限付きの連絡先と「共有禁止」タグの記録を含める</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>プライバシー:</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx) or csv file</source>
        <translation>Excel ブック (.xlsx) または csv ファイル</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Partner list (public fields)</source>
        <translation>パートナー向け一覧(公開項目)</translation>
    </message>
    <message>
        <source>Full (everything, for your own use)</source>
        <translation>すべて(全項目、内部用)</translation>
    </message>
    <message>
        <source>Columns chosen below</source>
        <translation>下で選んだ列</translation>
    </message>
    <message>
        <source>%1 (private)</source>
        <translation>%1(非公開)</translation>
    </message>
    <message>
        <source>Always exported: it lets corrections come back as updates</source>
        <translation>常にエクスポートします。この列があると、修正されたファイルを更新として取り込めます</translation>
    </message>
    <message>
        <source>Not available: a volunteer on the shared server may not read this private field, so it is left out of the file</source>
        <translation>使用不可: 共有サーバーのボランティアはこの非公開項目を読めないため、ファイルから除かれます</translation>
    </message>
    <message>
        <source>Saved the profile “%1”.</source>
        <translation>プロファイル「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Deleted the profile “%1”.</source>
        <translation>プロファイル「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>エクスポート先</translation>
    </message>
    <message>
        <source>CSV file, UTF-8 (*.csv)</source>
        <translation>CSV ファイル、UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Counting restricted records…</source>
        <translation>制限付きの記録を数えています…</translation>
    </message>
    <message>
        <source>There are no restricted records among these.</source>
        <translation>この中に制限付きの記録はありません。</translation>
    </message>
    <message>
        <source>This export will include 1 restricted person.</source>
        <translation>このエクスポートには制限付きの人物が 1 人含まれます。</translation>
    </message>
    <message>
        <source>This export will include %1 restricted people.</source>
        <translation>このエクスポートには制限付きの人物が %1 人含まれます。</translation>
    </message>
    <message>
        <source>It will also include 1 record tagged “do not share” or involving restricted people.</source>
        <translation>「共有禁止」タグ付き、または制限付きの人物に関わる記録も 1 件含まれます。</translation>
    </message>
    <message>
        <source>It will also include %1 records tagged “do not share” or involving restricted people.</source>
        <translation>「共有禁止」タグ付き、または制限付きの人物に関わる記録も %1 件含まれます。</translation>
    </message>
    <message>
        <source>Include restricted records?</source>
        <translation>制限付きの記録を含めますか?</translation>
    </message>
    <message>
        <source>Whoever receives the file can pass it on. Their safety may depend on not appearing in someone else&apos;s spreadsheet.</source>
        <translation>ファイルを受け取った人は、それを誰にでも渡せます。他人のスプレッドシートに載らないことが、その人たちの安全に関わるかもしれません。</translation>
    </message>
    <message>
        <source>Include them</source>
        <translation>含める</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>除外する</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>列を 1 つ以上選んでください。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>エクスポートしています…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stopped; no file was written.</source>
        <translation>中止しました。ファイルは書き出していません。</translation>
    </message>
    <message>
        <source>Wrote 1 row to %1.</source>
        <translation>%1 に 1 行を書き出しました。</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>%2 に %1 行を書き出しました。</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>除外: %1。</translation>
    </message>
    <message>
        <source>Included on request: %1.</source>
        <translation>指定により含めたもの: %1。</translation>
    </message>
    <message>
        <source>Private fields left out (a volunteer may not read them): %1.</source>
        <translation>除いた非公開項目（ボランティアは読めません）: %1。</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>中止しています…</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>略称</translation>
    </message>
    <message>
        <source>Full organization name</source>
        <translation>団体の正式名称</translation>
    </message>
    <message>
        <source>When longer than the name</source>
        <translation>名前より長い場合</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>現地文字表記</translation>
    </message>
    <message>
        <source>e.g. 북한인권시민연합</source>
        <translation>例: 북한인권시민연합</translation>
    </message>
    <message>
        <source>Sort name</source>
        <translation>並べ替え用の名前</translation>
    </message>
    <message>
        <source>When the name sorts wrongly</source>
        <translation>名前では正しく並ばない場合</translation>
    </message>
    <message>
        <source>Name on signatory lines</source>
        <translation>署名団体の行の名前</translation>
    </message>
    <message>
        <source>When not the name</source>
        <translation>名前と異なる場合</translation>
    </message>
    <message>
        <source>The organization&apos;s name on the signatory lines of letters, when not its name</source>
        <translation>書簡の署名団体の行に書く団体名(名前と異なる場合)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>国コード</translation>
    </message>
    <message>
        <source>Show the country on signatory lines</source>
        <translation>署名団体の行に国を表示</translation>
    </message>
    <message>
        <source>Membership status</source>
        <translation>加盟状況</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>加盟日</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>脱退日</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>携帯電話</translation>
    </message>
    <message>
        <source>County or district</source>
        <translation>郡・地区</translation>
    </message>
    <message>
        <source>Own fields</source>
        <translation>独自フィールド</translation>
    </message>
    <message>
        <source>e.g. www.example.org</source>
        <translation>例: www.example.org</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>e.g. office@example.org</source>
        <translation>例: office@example.org</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Local, or international with +</source>
        <translation>国内番号、または + で始まる国際番号</translation>
    </message>
    <message>
        <source>Do not share with partners</source>
        <translation>パートナーと共有しない</translation>
    </message>
    <message>
        <source>Left out of exports for partners and of printed signatory blocks</source>
        <translation>パートナー向けのエクスポートと印刷する署名欄から除きます</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>番地・通り</translation>
    </message>
    <message>
        <source>Street 2</source>
        <translation>番地・通り 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>都道府県・州</translation>
    </message>
    <message>
        <source>State, province or prefecture</source>
        <translation>都道府県・州・省</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Address country code</source>
        <translation>住所の国コード</translation>
    </message>
    <message>
        <source>Address in own script</source>
        <translation>現地文字の住所</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Family name first</source>
        <translation>姓を先に書く</translation>
    </message>
    <message>
        <source>As Korean, Japanese and Chinese names are written: Ha Tae Kyung</source>
        <translation>韓国・日本・中国の名前の書き方です: Ha Tae Kyung</translation>
    </message>
    <message>
        <source>e.g. 하태경</source>
        <translation>例: 하태경</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>敬称</translation>
    </message>
    <message>
        <source>e.g. Mr, Ms, Dr, Rev.</source>
        <translation>例: Mr, Ms, Dr, Rev.</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>e.g. name@example.org</source>
        <translation>例: name@example.org</translation>
    </message>
    <message>
        <source>Social handle</source>
        <translation>SNS アカウント</translation>
    </message>
    <message>
        <source>e.g. @handle (X)</source>
        <translation>例: @handle (X)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Code such as ko, ja, en</source>
        <translation>ko、ja、en などのコード</translation>
    </message>
    <message>
        <source>Do not send post</source>
        <translation>郵送しない</translation>
    </message>
    <message>
        <source>Do not send e-mail</source>
        <translation>メールを送らない</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>機密区分</translation>
    </message>
    <message>
        <source>Restricted contacts stay on this computer: exports and partner lists leave them out unless you include restricted records explicitly</source>
        <translation>制限付きの連絡先はこのコンピューターから出ません。制限付きの記録を明示的に含めない限り、エクスポートやパートナー向けの一覧から除外されます</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>What to import</source>
        <translation>インポートする内容</translation>
    </message>
    <message>
        <source>An Excel workbook, a csv file, or a list pasted from a letter or an e-mail (one organization per line).</source>
        <translation>Excel ブック、csv ファイル、または書簡やメールから貼り付けた一覧(1 行に 1 団体)。</translation>
    </message>
    <message>
        <source>A file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>A pasted list</source>
        <translation>貼り付けた一覧</translation>
    </message>
    <message>
        <source>Choose an .xlsx, .csv or .txt file</source>
        <translation>.xlsx、.csv、.txt のいずれかのファイルを選んでください</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自動検出</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>カンマ</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>セミコロン</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>Vertical bar</source>
        <translation>縦棒</translation>
    </message>
    <message>
        <source>Paste the list here, one organization per line:
Burma Partnership (Thailand)
International Federation for Human Rights (FIDH)</source>
        <translation>ここに一覧を貼り付けてください。1 行に 1 団体:
Burma Partnership (Thailand)
International Federation for Human Rights (FIDH)</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>シート:</translation>
    </message>
    <message>
        <source>Encoding (csv):</source>
        <translation>文字コード (csv):</translation>
    </message>
    <message>
        <source>Delimiter (csv):</source>
        <translation>区切り文字 (csv):</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>ファイルのインポート</translation>
    </message>
    <message>
        <source>Spreadsheets and lists (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;All files (*)</source>
        <translation>スプレッドシートと一覧 (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Address books (*.vcf *.vcard)</source>
        <translation>アドレス帳 (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation>(非表示)</translation>
    </message>
    <message>
        <source>Choose a file, or paste a list.</source>
        <translation>ファイルを選ぶか、一覧を貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search names, acronyms, e-mail, notes…</source>
        <translation>名前・略称・メール・メモを検索…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Own field</source>
        <translation>独自フィールド</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>すべての国</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <source>Any own field</source>
        <translation>すべての独自フィールド</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message>
        <source>Saved groups</source>
        <translation>保存したグループ</translation>
    </message>
    <message>
        <source>Click a group to show its records; right-click it to rename or delete it, or to put its records on a letter</source>
        <translation>グループをクリックするとその記録を表示します。右クリックで名前の変更や削除、記録を書簡に入れることができます</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>新しいグループ</translation>
    </message>
    <message>
        <source>Save as a group</source>
        <translation>グループとして保存</translation>
    </message>
    <message>
        <source>Save the Current Search as a Group…</source>
        <translation>現在の検索をグループとして保存…</translation>
    </message>
    <message>
        <source>Make a Hand-picked Group of the Selected Rows…</source>
        <translation>選択した行から手動選択のグループを作成…</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>すべての団体</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>すべての連絡先</translation>
    </message>
    <message>
        <source>{name}: its search names an own field removed since, so it finds nothing</source>
        <translation>{name}: 検索がその後削除された独自フィールドを指しているため、何も見つかりません</translation>
    </message>
    <message numerus="yes">
        <source>{name}: a hand-picked group of %n record(s)</source>
        <translation>
            <numerusform>{name}: 記録 %n 件の手動選択のグループ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: a saved search, %n record(s) now</source>
        <translation>
            <numerusform>{name}: 保存した検索、現在 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the group:</source>
        <translation>グループの名前:</translation>
    </message>
    <message>
        <source>Save the Search as a Group</source>
        <translation>検索をグループとして保存</translation>
    </message>
    <message>
        <source>New Hand-picked Group</source>
        <translation>新しい手動選択のグループ</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Add the Selected Rows</source>
        <translation>選択した行を追加</translation>
    </message>
    <message>
        <source>Take the Selected Rows Off</source>
        <translation>選択した行を外す</translation>
    </message>
    <message>
        <source>Add to a Letter as Recipients…</source>
        <translation>書簡に宛先として追加…</translation>
    </message>
    <message>
        <source>Add to a Letter as Signatories…</source>
        <translation>書簡に署名団体として追加…</translation>
    </message>
    <message>
        <source>Rename the Group</source>
        <translation>グループの名前を変更</translation>
    </message>
    <message>
        <source>Delete the Group</source>
        <translation>グループを削除</translation>
    </message>
    <message>
        <source>Change the Group</source>
        <translation>グループを変更</translation>
    </message>
    <message numerus="yes">
        <source>%n put on the letter</source>
        <translation>
            <numerusform>%n 件を書簡に追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on it already</source>
        <translation>
            <numerusform>%n 件はすでに追加済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restricted contact(s) left out: the letter does not allow them</source>
        <translation>
            <numerusform>制限付きの連絡先 %n 件を除外: この書簡では許可されていません</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to a Letter as Recipients</source>
        <translation>書簡に宛先として追加</translation>
    </message>
    <message>
        <source>Add to a Letter as Signatories</source>
        <translation>書簡に署名団体として追加</translation>
    </message>
    <message>
        <source>There is no letter yet.</source>
        <translation>書簡はまだありません。</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>書簡:</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <source>Only changes to records named…</source>
        <translation>この名前の記録への変更のみ…</translation>
    </message>
    <message>
        <source>Record name</source>
        <translation>記録の名前</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>誰が</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Undo this change</source>
        <translation>この変更を元に戻す</translation>
    </message>
    <message>
        <source>A deleted person&apos;s details are erased from the history; such a delete can be undone only until CoalitionDesk is closed.</source>
        <translation>削除した人の情報は履歴からも消去されます。その削除は CoalitionDesk を閉じるまでしか元に戻せません。</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>record only</source>
        <translation>記録のみ</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>元に戻せません</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Add {name}</source>
        <translation>{name} を追加</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} を編集</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>{name} を削除</translation>
    </message>
    <message>
        <source>New letter “{title}”</source>
        <translation>書簡「{title}」を作成</translation>
    </message>
    <message>
        <source>Edit letter “{title}”</source>
        <translation>書簡「{title}」を編集</translation>
    </message>
    <message>
        <source>Delete letter “{title}”</source>
        <translation>書簡「{title}」を削除</translation>
    </message>
    <message>
        <source>Change the signatories of “{title}”</source>
        <translation>「{title}」の署名団体を変更</translation>
    </message>
    <message>
        <source>Change the recipients of “{title}”</source>
        <translation>「{title}」の宛先を変更</translation>
    </message>
    <message>
        <source>Record “{title}” as sent by {channel}</source>
        <translation>「{title}」を {channel} で送付済みと記録</translation>
    </message>
    <message>
        <source>Change the letter settings</source>
        <translation>書簡の設定を変更</translation>
    </message>
    <message>
        <source>Edit country {name}</source>
        <translation>国 {name} を編集</translation>
    </message>
    <message>
        <source>Mark a follow-up done</source>
        <translation>フォローアップを完了にする</translation>
    </message>
    <message>
        <source>Export {what} to {file}</source>
        <translation>{what} を {file} にエクスポート</translation>
    </message>
    <message>
        <source>Save export profile “{name}”</source>
        <translation>エクスポート設定「{name}」を保存</translation>
    </message>
    <message>
        <source>Delete export profile “{name}”</source>
        <translation>エクスポート設定「{name}」を削除</translation>
    </message>
    <message>
        <source>Import {source}</source>
        <translation>{source} をインポート</translation>
    </message>
    <message>
        <source>Undo import {source}</source>
        <translation>{source} のインポートを取り消し</translation>
    </message>
    <message>
        <source>Load the demo coalition</source>
        <translation>デモ連合を読み込む</translation>
    </message>
    <message>
        <source>Add the list of countries</source>
        <translation>国の一覧を追加</translation>
    </message>
    <message>
        <source>Undo {label}</source>
        <translation>{label} を元に戻す</translation>
    </message>
    <message>
        <source>Redo {label}</source>
        <translation>{label} をやり直す</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Merge {other} into {name}</source>
        <translation>{other} を {name} に統合</translation>
    </message>
    <message>
        <source>Mark {first} and {second} as not duplicates</source>
        <translation>{first} と {second} を重複ではないと指定</translation>
    </message>
    <message>
        <source>Change {field} of {count} records</source>
        <translation>記録 {count} 件の{field}を変更</translation>
    </message>
    <message>
        <source>Change {field} of 1 record</source>
        <translation>記録 1 件の{field}を変更</translation>
    </message>
    <message>
        <source>Add the field “{name}”</source>
        <translation>フィールド「{name}」を追加</translation>
    </message>
    <message>
        <source>Rename the field “{old}” to “{name}”</source>
        <translation>フィールド「{old}」の名前を「{name}」に変更</translation>
    </message>
    <message>
        <source>Remove the field “{name}”</source>
        <translation>フィールド「{name}」を削除</translation>
    </message>
    <message>
        <source>Attach “{name}”</source>
        <translation>「{name}」を添付</translation>
    </message>
    <message>
        <source>Rename an attachment to “{name}”</source>
        <translation>添付ファイルの名前を「{name}」に変更</translation>
    </message>
    <message>
        <source>Remove the attachment “{name}”</source>
        <translation>添付ファイル「{name}」を削除</translation>
    </message>
    <message>
        <source>Add the group “{name}”</source>
        <translation>グループ「{name}」を追加</translation>
    </message>
    <message>
        <source>Remove the group “{name}”</source>
        <translation>グループ「{name}」を削除</translation>
    </message>
    <message>
        <source>Change the members of the group “{name}”</source>
        <translation>グループ「{name}」のメンバーを変更</translation>
    </message>
    <message>
        <source>Rename the group “{old}” to “{name}”</source>
        <translation>グループ「{old}」の名前を「{name}」に変更</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Now: {language}</source>
        <translation>現在: {language}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>CoalitionDesk will use the new language when it starts again.</source>
        <translation>CoalitionDesk を次に起動したときから新しい言語で表示します。</translation>
    </message>
</context>
<context>
    <name>LeftOutColumns</name>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>値</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>処理方法</translation>
    </message>
    <message>
        <source>Columns with values that are not imported ({count}). Import each as a field, or leave it out:</source>
        <translation>値があるのにインポートされない列({count} 件)。それぞれフィールドとしてインポートするか、除外してください:</translation>
    </message>
    <message>
        <source>What to do with the column {header}</source>
        <translation>列 {header} の処理方法</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Leave it out</source>
        <translation>除外する</translation>
    </message>
    <message>
        <source>Keep as a custom field</source>
        <translation>独自フィールドとして保管</translation>
    </message>
    <message>
        <source>Import as {field}</source>
        <translation>{field} としてインポート</translation>
    </message>
    <message>
        <source>Import stays off until each column above is imported or left out; still to decide: {columns}.</source>
        <translation>上の各列をインポートするか除外するまで、インポートはできません。未決定の列: {columns}。</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>e.g. Letter to the Minister of Foreign Affairs</source>
        <translation>例: 外務大臣宛ての書簡</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>日付あり</translation>
    </message>
    <message>
        <source>The letter has a date</source>
        <translation>書簡に日付を入れる</translation>
    </message>
    <message>
        <source>Letter date</source>
        <translation>書簡の日付</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>結びの言葉</translation>
    </message>
    <message>
        <source>Allow restricted recipients</source>
        <translation>制限付きの宛先を許可</translation>
    </message>
    <message>
        <source>Restricted contacts are left out of the merge unless this letter allows them</source>
        <translation>この書簡で許可しない限り、制限付きの連絡先は差し込みから除外されます</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>書簡の言語</translation>
    </message>
    <message>
        <source>Font of the letter</source>
        <translation>書簡のフォント</translation>
    </message>
    <message>
        <source>Default for the language</source>
        <translation>言語の既定</translation>
    </message>
    <message>
        <source>Language version shown</source>
        <translation>表示する言語版</translation>
    </message>
    <message>
        <source>Each recipient gets the version in their language, else the letter&apos;s own</source>
        <translation>宛先ごとにその言語の版が届き、なければ書簡の元の言語の版が届きます</translation>
    </message>
    <message>
        <source>Add language…</source>
        <translation>言語を追加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove this language version</source>
        <translation>この言語版を削除</translation>
    </message>
    <message>
        <source>Import from Word…</source>
        <translation>Word から読み込む…</translation>
    </message>
    <message>
        <source>Replace the body shown with a Word (.docx) or OpenDocument (.odt) file&apos;s text</source>
        <translation>表示中の本文を Word (.docx) または OpenDocument (.odt) ファイルのテキストに置き換えます</translation>
    </message>
    <message>
        <source>Signature…</source>
        <translation>署名…</translation>
    </message>
    <message>
        <source>A signature image (PNG or JPEG) printed above the signatory block</source>
        <translation>署名欄の上に印刷する署名の画像 (PNG または JPEG)</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>署名なし</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>フォント</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Body in</source>
        <translation>本文の言語</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the letter (Ctrl+S)</source>
        <translation>書簡を保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Go back to the letter as it was saved</source>
        <translation>保存したときの書簡に戻します</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <source>{language} (main)</source>
        <translation>{language}(主)</translation>
    </message>
    <message>
        <source>Save or revert the changes before showing another language.</source>
        <translation>別の言語を表示する前に、変更を保存するか元に戻してください。</translation>
    </message>
    <message>
        <source>Save or revert the changes before adding a language.</source>
        <translation>言語を追加する前に、変更を保存するか元に戻してください。</translation>
    </message>
    <message>
        <source>Add language</source>
        <translation>言語を追加</translation>
    </message>
    <message>
        <source>Language of the new version (or its code, such as pt or vi):</source>
        <translation>新しい版の言語 (または pt、vi などのコード):</translation>
    </message>
    <message>
        <source>Remove language version</source>
        <translation>言語版を削除</translation>
    </message>
    <message>
        <source>Remove the {language} version of this letter? Edit › Undo brings it back.</source>
        <translation>この書簡の{language}版を削除しますか? 編集 › 元に戻す で戻せます。</translation>
    </message>
    <message>
        <source>Import from Word</source>
        <translation>Word から読み込む</translation>
    </message>
    <message>
        <source>Word or OpenDocument files (*.docx *.odt)</source>
        <translation>Word または OpenDocument ファイル (*.docx *.odt)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>読み込んでいません</translation>
    </message>
    <message>
        <source>Signature image</source>
        <translation>署名の画像</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>画像 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Signature not set</source>
        <translation>署名を設定していません</translation>
    </message>
    <message>
        <source>An image of {width} × {height} pixels</source>
        <translation>{width} × {height} ピクセルの画像</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>the letter</source>
        <translation>書簡</translation>
    </message>
    <message>
        <source>A letter needs a title.</source>
        <translation>書簡にはタイトルが必要です。</translation>
    </message>
</context>
<context>
    <name>LetterKind</name>
    <message>
        <source>Sign-on letter</source>
        <translation>賛同署名書簡</translation>
    </message>
    <message>
        <source>Open letter</source>
        <translation>公開書簡</translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation>一斉送付</translation>
    </message>
</context>
<context>
    <name>LetterStatus</name>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Collecting signatures</source>
        <translation>署名集め中</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送付済み</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>締切</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>Letters table</source>
        <translation>書簡の表</translation>
    </message>
    <message>
        <source>New letter…</source>
        <translation>新しい書簡…</translation>
    </message>
    <message>
        <source>Start a new letter</source>
        <translation>新しい書簡を作成します</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete the selected letter</source>
        <translation>選択した書簡を削除します</translation>
    </message>
    <message>
        <source>Print / Merge…</source>
        <translation>印刷 / 差し込み…</translation>
    </message>
    <message>
        <source>Preview and print the letter for each recipient, or write PDFs, envelopes, labels</source>
        <translation>宛先ごとの書簡をプレビューして印刷、または PDF・封筒・ラベルを作成します</translation>
    </message>
    <message>
        <source>Letter settings…</source>
        <translation>書簡の設定…</translation>
    </message>
    <message>
        <source>Paper, margins, letterhead, the sender&apos;s address and the default salutation</source>
        <translation>用紙、余白、レターヘッド、差出人の住所、既定の書き出し</translation>
    </message>
    <message>
        <source>Send by E-mail…</source>
        <translation>メールで送信…</translation>
    </message>
    <message>
        <source>One personal message per recipient, previewed first, never sent twice</source>
        <translation>宛先ごとに個別のメッセージを送ります。先にプレビューでき、二度送ることはありません</translation>
    </message>
    <message>
        <source>Letter details</source>
        <translation>書簡の詳細</translation>
    </message>
    <message>
        <source>Letter, signatories, recipients or attachments</source>
        <translation>書簡、署名団体、宛先、添付ファイル</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>書簡</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>署名団体</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>書簡 %n 通</numerusform>
        </translation>
    </message>
    <message>
        <source>New letter</source>
        <translation>新しい書簡</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <source>Delete letter</source>
        <translation>書簡の削除</translation>
    </message>
    <message>
        <source>Delete the letter “{title}”?</source>
        <translation>書簡「{title}」を削除しますか?</translation>
    </message>
    <message numerus="yes">
        <source>This also removes %n signature(s)</source>
        <translation>
            <numerusform>署名 %n 件と</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n recipient(s) with their dispatches.</source>
        <translation>
            <numerusform>宛先 %n 件とその送付記録も削除されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>削除できません</translation>
    </message>
</context>
<context>
    <name>LinkPicker</name>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>LockAfterDialog</name>
    <message>
        <source>Lock when away</source>
        <translation>離席時のロック</translation>
    </message>
    <message>
        <source>When nobody has used the keyboard or mouse for these minutes, the window of an encrypted database hides its records, closes the database and forgets its key until the passphrase is entered again. Unsaved changes are kept.</source>
        <translation>この分数のあいだキーボードやマウスが使われないと、暗号化されたデータベースのウィンドウは記録を隠し、データベースを閉じ、パスフレーズが再入力されるまで鍵を忘れます。保存していない変更は残ります。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>無操作で何分後にロックするか</translation>
    </message>
    <message>
        <source>0 means never. Plain databases are never locked: they have no key to forget.</source>
        <translation>0 はロックしないという意味です。暗号化していないデータベースは、忘れる鍵がないのでロックされません。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Lock after:</source>
        <translation>ロックまで:</translation>
    </message>
</context>
<context>
    <name>LockedScreen</name>
    <message>
        <source>Locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <source>{name} was closed while you were away. Enter its passphrase to carry on; unsaved changes are kept.</source>
        <translation>離席中に {name} を閉じました。続けるにはパスフレーズを入力してください。保存していない変更はそのまま残っています。</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>ロック解除…</translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <source>Deleting</source>
        <translation>削除しています</translation>
    </message>
    <message>
        <source>Undoing</source>
        <translation>元に戻しています</translation>
    </message>
    <message>
        <source>Redoing</source>
        <translation>やり直しています</translation>
    </message>
    <message>
        <source>Loading the demo coalition</source>
        <translation>デモ連合を読み込んでいます</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存しています</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>読み込んでいます</translation>
    </message>
    <message>
        <source>Checking rows</source>
        <translation>行を検査しています</translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation>重複を探しています</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>バックアップしています</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>インポートしています</translation>
    </message>
    <message>
        <source>Counting restricted records</source>
        <translation>制限付きの記録を数えています</translation>
    </message>
    <message>
        <source>Reading records</source>
        <translation>記録を読み込んでいます</translation>
    </message>
    <message>
        <source>Saving the file</source>
        <translation>ファイルを保存しています</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>毎日のバックアップ</translation>
    </message>
    <message>
        <source>Copying the database</source>
        <translation>データベースをコピーしています</translation>
    </message>
    <message>
        <source>Checking the copy</source>
        <translation>コピーを検査しています</translation>
    </message>
    <message>
        <source>Removing old backups</source>
        <translation>古いバックアップを削除しています</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>バックアップを検査しています</translation>
    </message>
    <message>
        <source>Backing up the current state</source>
        <translation>現在の状態をバックアップしています</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>復元しています</translation>
    </message>
    <message>
        <source>Merging letters</source>
        <translation>書簡を差し込んでいます</translation>
    </message>
    <message>
        <source>Printing letters</source>
        <translation>書簡を印刷しています</translation>
    </message>
    <message>
        <source>Printing envelopes</source>
        <translation>封筒を印刷しています</translation>
    </message>
    <message>
        <source>Printing labels</source>
        <translation>ラベルを印刷しています</translation>
    </message>
    <message>
        <source>Encrypting the database</source>
        <translation>データベースを暗号化しています</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>パスフレーズを変更しています</translation>
    </message>
    <message>
        <source>Writing a plain copy</source>
        <translation>暗号化しないコピーを書き出しています</translation>
    </message>
    <message>
        <source>Writing messages</source>
        <translation>メッセージを作成中</translation>
    </message>
    <message>
        <source>Sending messages</source>
        <translation>メッセージを送信中</translation>
    </message>
    <message>
        <source>Writing .eml files</source>
        <translation>.eml ファイルを書き出し中</translation>
    </message>
    <message>
        <source>Writing the Word document</source>
        <translation>Word 文書を書き出し中</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>処理しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Something went wrong that should not have: {error}</source>
        <translation>起きてはならない問題が起きました: {error}</translation>
    </message>
    <message>
        <source>You are not allowed to write or read {file}. Choose another folder, or ask whoever manages this computer.</source>
        <translation>{file} を読み書きする権限がありません。別のフォルダーを選ぶか、このコンピューターの管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>The disk is full: {file} could not be written. Free some space, or choose another disk.</source>
        <translation>ディスクがいっぱいです。{file} を書き込めませんでした。空き容量を作るか、別のディスクを選んでください。</translation>
    </message>
    <message>
        <source>{file} is on a disk that can only be read. Choose another folder.</source>
        <translation>{file} は読み取り専用のディスクにあります。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>{file} or its folder does not exist (any more).</source>
        <translation>{file} またはそのフォルダーが(もう)ありません。</translation>
    </message>
    <message>
        <source>The system refused: {reason} ({file})</source>
        <translation>システムが拒否しました: {reason}({file})</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>ファイル</translation>
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
        <translation>セクション</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>書簡</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>The database this window shows</source>
        <translation>このウィンドウで表示中のデータベース</translation>
    </message>
    <message>
        <source>Follow-ups past their date: see Activities</source>
        <translation>期限を過ぎたフォローアップ: 「活動」タブを参照</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新しいデータベース(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Import organizations or contacts from a file</source>
        <translation>ファイルから団体や連絡先をインポートします</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export a list for partners</source>
        <translation>パートナー向けの一覧をエクスポートします</translation>
    </message>
    <message>
        <source>&amp;Print / Merge…</source>
        <translation>印刷 / 差し込み(&amp;P)…</translation>
    </message>
    <message>
        <source>Print merged letters, envelopes and labels</source>
        <translation>差し込み印刷で書簡、封筒、宛名ラベルを印刷します</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>Back up the database now, or restore a backup</source>
        <translation>今すぐデータベースをバックアップ、またはバックアップを復元します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>変更履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>Every change made to the database; undo any one of them</source>
        <translation>データベースへのすべての変更。どれでも元に戻せます</translation>
    </message>
    <message>
        <source>Find D&amp;uplicates…</source>
        <translation>重複を検索(&amp;U)…</translation>
    </message>
    <message>
        <source>Likely duplicate organizations or contacts, and merging them</source>
        <translation>重複の可能性が高い団体や連絡先を探して統合します</translation>
    </message>
    <message>
        <source>C&amp;hange Selected…</source>
        <translation>選択した記録を変更(&amp;H)…</translation>
    </message>
    <message>
        <source>Set one field on the selected records, or on all the filters show</source>
        <translation>選択した記録、またはフィルターで表示されているすべての記録に 1 つのフィールドを設定します</translation>
    </message>
    <message>
        <source>&amp;Own Fields…</source>
        <translation>独自フィールド(&amp;O)…</translation>
    </message>
    <message>
        <source>Fields of your own for organizations and contacts</source>
        <translation>団体と連絡先の独自フィールド</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>Add a record</source>
        <translation>記録を追加します</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>記録を保存します</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>選択した記録を削除します</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation>検索とフィルターをクリア(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About CoalitionDesk</source>
        <translation>CoalitionDesk について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>ユーザーガイド(&amp;U)</translation>
    </message>
    <message>
        <source>The user guide, at the part about the tab in front</source>
        <translation>ユーザーガイドの、手前に開いているタブについての箇所を開きます</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Recent &amp;Databases</source>
        <translation>最近使ったデータベース(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>セキュリティ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>期限を過ぎたフォローアップ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <source>Reconnecting to the server… Your edits are kept and will be saved once it answers.</source>
        <translation>サーバーに再接続しています… 編集内容は保持され、サーバーが応答したら保存されます。</translation>
    </message>
    <message>
        <source>Reconnecting to the server… This change will be made once it answers.</source>
        <translation>サーバーに再接続しています… サーバーが応答したらこの変更を保存します。</translation>
    </message>
    <message>
        <source>The server is not answering: nothing could be read from it. Your edits are kept; try again once it answers.</source>
        <translation>サーバーが応答しないため、何も読み込めませんでした。編集内容はそのままです。サーバーが応答したらもう一度試してください。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Perhaps not saved</source>
        <translation>保存されていない可能性があります</translation>
    </message>
    <message>
        <source>Perhaps not deleted</source>
        <translation>削除されていない可能性があります</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>削除できません</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>{name} を削除しますか?</translation>
    </message>
    <message>
        <source>This also removes:</source>
        <translation>次のものも削除されます:</translation>
    </message>
    <message>
        <source>Nothing else refers to it.</source>
        <translation>この記録を参照しているものは他にありません。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>元に戻す: {what}(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>やり直す: {what}(&amp;R)</translation>
    </message>
    <message>
        <source>Encrypt this database</source>
        <translation>このデータベースを暗号化</translation>
    </message>
    <message>
        <source>Demo coalition</source>
        <translation>デモ用の連合体</translation>
    </message>
    <message>
        <source>Print / Merge</source>
        <translation>印刷 / 差し込み</translation>
    </message>
    <message>
        <source>Choose the letter to print on the Letters tab, or start a new one.</source>
        <translation>「書簡」タブで印刷する書簡を選ぶか、新しい書簡を作成してください。</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新しいデータベース</translation>
    </message>
    <message>
        <source>CoalitionDesk databases (*.sqlite3 *.db)</source>
        <translation>CoalitionDesk データベース (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>{path} already exists. Choose a new file name, or use Open Database.</source>
        <translation>{path} はすでに存在します。新しいファイル名を選ぶか、「データベースを開く」を使ってください。</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>CoalitionDesk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>CoalitionDesk データベース (*.sqlite3 *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <source>Close without unlocking? The changes you had not saved are lost.</source>
        <translation>ロックを解除せずに閉じますか?保存していない変更は失われます。</translation>
    </message>
    <message>
        <source>No other recent databases</source>
        <translation>最近使った他のデータベースはありません</translation>
    </message>
    <message>
        <source>Columns of the current table</source>
        <translation>現在の表の列</translation>
    </message>
    <message>
        <source>About CoalitionDesk</source>
        <translation>CoalitionDesk について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CoalitionDesk {version}&lt;/h3&gt;&lt;p&gt;Members, sign-on letters and mailings for the secretariat of a coalition.&lt;/p&gt;&lt;p&gt;Database: {database}&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CoalitionDesk {version}&lt;/h3&gt;&lt;p&gt;連合体の事務局のための、加盟団体の管理・賛同署名書簡・一斉送付のツール。&lt;/p&gt;&lt;p&gt;データベース: {database}&lt;/p&gt;&lt;p&gt;GNU 一般公衆利用許諾書 バージョン 3 以降の下で配布されています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{n} activities</source>
        <translation>活動 {n} 件</translation>
    </message>
    <message>
        <source>{n} countries</source>
        <translation>{n} か国</translation>
    </message>
    <message>
        <source>{shown} of {total} organizations shown</source>
        <translation>団体 {total} 件中 {shown} 件を表示</translation>
    </message>
    <message>
        <source>{shown} of {total} contacts shown</source>
        <translation>連絡先 {total} 件中 {shown} 件を表示</translation>
    </message>
    <message>
        <source>&amp;Encrypt this database…</source>
        <translation>このデータベースを暗号化(&amp;E)…</translation>
    </message>
    <message>
        <source>Keep the database encrypted: it opens only with its passphrase</source>
        <translation>データベースを暗号化しておきます。パスフレーズがなければ開けません</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>パスフレーズを変更(&amp;C)…</translation>
    </message>
    <message>
        <source>Save a &amp;plain copy…</source>
        <translation>暗号化しないコピーを保存(&amp;P)…</translation>
    </message>
    <message>
        <source>Write an unencrypted copy of the database to a file</source>
        <translation>データベースの暗号化しないコピーをファイルに書き出します</translation>
    </message>
    <message>
        <source>&amp;Forget the remembered passphrase</source>
        <translation>記憶したパスフレーズを消去(&amp;F)</translation>
    </message>
    <message>
        <source>Ask for the passphrase again each time this database opens</source>
        <translation>このデータベースを開くたびにパスフレーズを尋ねます</translation>
    </message>
    <message>
        <source>&amp;Lock when away…</source>
        <translation>離席時にロック(&amp;L)…</translation>
    </message>
    <message>
        <source>The idle minutes after which an encrypted database is locked</source>
        <translation>暗号化したデータベースをロックするまでの無操作の時間 (分)</translation>
    </message>
    <message>
        <source>This database is on a server; it is encrypted there.</source>
        <translation>このデータベースはサーバー上にあり、サーバーで暗号化されます。</translation>
    </message>
    <message>
        <source>This database is encrypted already; use Change passphrase to change it.</source>
        <translation>このデータベースはすでに暗号化されています。変更するには「パスフレーズを変更」を使ってください。</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>パスフレーズを変更</translation>
    </message>
    <message>
        <source>This database is not encrypted; use Encrypt this database first.</source>
        <translation>このデータベースは暗号化されていません。先に「このデータベースを暗号化」を使ってください。</translation>
    </message>
    <message>
        <source>The new passphrase is the current one; nothing was changed.</source>
        <translation>新しいパスフレーズが現在のものと同じです。何も変更していません。</translation>
    </message>
    <message>
        <source>The database is encrypted. The file it replaced was overwritten with zeros and removed.</source>
        <translation>データベースを暗号化しました。置き換えたファイルはゼロで上書きして削除しました。</translation>
    </message>
    <message>
        <source>SSDs and file-system snapshots may still keep old blocks of the plain file; encryption protects what is written from now on.</source>
        <translation>SSD やファイルシステムのスナップショットには、暗号化前のファイルの古いブロックが残っていることがあります。暗号化が守るのはこれから書き込む内容です。</translation>
    </message>
    <message>
        <source>The system keyring did not take the new passphrase ({reason}); it will be asked when the database next opens.</source>
        <translation>システムのキーリングが新しいパスフレーズを受け付けませんでした ({reason})。次にデータベースを開くときに尋ねます。</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>暗号化しました</translation>
    </message>
    <message>
        <source>Save a plain copy</source>
        <translation>暗号化しないコピーを保存</translation>
    </message>
    <message>
        <source>This database is not encrypted; copy its file as it is.</source>
        <translation>このデータベースは暗号化されていません。ファイルをそのままコピーしてください。</translation>
    </message>
    <message>
        <source>Save a plain (unencrypted) copy</source>
        <translation>暗号化しないコピーを保存</translation>
    </message>
    <message>
        <source>Wrote a plain copy to {file}. Anyone who has this file can read every record in it: delete it when you are done.</source>
        <translation>暗号化しないコピーを {file} に書き出しました。このファイルを手にした人は誰でもすべての記録を読めます。用が済んだら削除してください。</translation>
    </message>
    <message>
        <source>Forget the remembered passphrase</source>
        <translation>記憶したパスフレーズを消去</translation>
    </message>
    <message>
        <source>The system keyring did not forget the passphrase ({reason}); it still opens this database without asking.</source>
        <translation>システムのキーリングがパスフレーズを消去しませんでした ({reason})。このデータベースは今も尋ねずに開きます。</translation>
    </message>
    <message>
        <source>The passphrase is no longer remembered on this computer; it will be asked each time the database opens.</source>
        <translation>このコンピューターはパスフレーズを記憶しなくなりました。データベースを開くたびに尋ねます。</translation>
    </message>
    <message>
        <source>No passphrase was remembered for this database.</source>
        <translation>このデータベースのパスフレーズは記憶していません。</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Check what each column is. The guesses come from the headers; your choice is remembered for files like this one.</source>
        <translation>各列の内容を確認してください。推測は見出しから行っています。選んだ内容は、同じ形式のファイルのために記憶します。</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>先頭の値</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>取り込み先</translation>
    </message>
    <message>
        <source>The names look garbled: the file seems to be in another encoding.</source>
        <translation>名前が文字化けしています。ファイルが別のエンコーディングのようです。</translation>
    </message>
    <message>
        <source>Read it again as this</source>
        <translation>このエンコーディングで読み直す</translation>
    </message>
    <message>
        <source>Membership status of the organizations it creates:</source>
        <translation>作成する団体の加盟状況:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>The rows are:</source>
        <translation>各行の内容:</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>インポートしない</translation>
    </message>
    <message>
        <source>Choose the membership status of the organizations this import creates: no column gives one to every row.</source>
        <translation>このインポートで作成する団体の加盟状況を選んでください。すべての行に加盟状況を与える列がありません。</translation>
    </message>
    <message>
        <source>CoalitionDesk ID</source>
        <translation>CoalitionDesk ID</translation>
    </message>
    <message>
        <source>Name (Country)</source>
        <translation>名前(国)</translation>
    </message>
    <message>
        <source>Name (whole)</source>
        <translation>名前(全体)</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Role at the organization</source>
        <translation>団体での役割</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
</context>
<context>
    <name>MembersChart</name>
    <message>
        <source>Chart of member organizations</source>
        <translation>加盟団体のグラフ</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>加盟団体</translation>
    </message>
</context>
<context>
    <name>MembershipHistory</name>
    <message>
        <source>Membership history</source>
        <translation>加盟状況の履歴</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>MembershipStatus</name>
    <message>
        <source>Member</source>
        <translation>加盟</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>オブザーバー</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>加盟候補</translation>
    </message>
    <message>
        <source>Former</source>
        <translation>元加盟</translation>
    </message>
    <message>
        <source>Non-member</source>
        <translation>非加盟</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Print / Merge</source>
        <translation>印刷 / 差し込み</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>ページのプレビュー</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 前へ</translation>
    </message>
    <message>
        <source>Previous recipient</source>
        <translation>前の宛先</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>次へ ▶</translation>
    </message>
    <message>
        <source>Next recipient</source>
        <translation>次の宛先</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>前のページ</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>次のページ</translation>
    </message>
    <message>
        <source>Recipients left out</source>
        <translation>除外された宛先</translation>
    </message>
    <message>
        <source>Print for recipients whose address needs checking too</source>
        <translation>住所の確認が必要な宛先も印刷する</translation>
    </message>
    <message>
        <source>Their addresses lack a part the destination&apos;s post needs; print them anyway</source>
        <translation>宛先国の郵便に必要な住所の要素が欠けています。それでも印刷します</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>書簡</translation>
    </message>
    <message>
        <source>Envelopes</source>
        <translation>封筒</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>宛名ラベル</translation>
    </message>
    <message>
        <source>For window envelopes</source>
        <translation>窓付き封筒用</translation>
    </message>
    <message>
        <source>Place the address where the window of a DL or C5 window envelope falls</source>
        <translation>DL または C5 の窓付き封筒の窓の位置に住所を配置します</translation>
    </message>
    <message>
        <source>Envelope size</source>
        <translation>封筒のサイズ</translation>
    </message>
    <message>
        <source>US #10</source>
        <translation>US #10</translation>
    </message>
    <message>
        <source>Label sheet</source>
        <translation>ラベル用紙</translation>
    </message>
    <message>
        <source>{name} ({count} per {paper} sheet)</source>
        <translation>{name}({paper} 用紙 1 枚に {count} 枚)</translation>
    </message>
    <message>
        <source>First label to use</source>
        <translation>最初に使うラベル</translation>
    </message>
    <message>
        <source>On a part-used sheet: the first free label, counted across then down</source>
        <translation>使いかけの用紙で最初に空いているラベルです。横に数えてから下へ数えます</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>用紙</translation>
    </message>
    <message>
        <source>Start at label</source>
        <translation>開始ラベル</translation>
    </message>
    <message>
        <source>Printer…</source>
        <translation>プリンター…</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF ファイル</translation>
    </message>
    <message>
        <source>One PDF per recipient</source>
        <translation>宛先ごとに PDF</translation>
    </message>
    <message>
        <source>Word document (.docx), to edit</source>
        <translation>編集用の Word 文書 (.docx)</translation>
    </message>
    <message>
        <source>One document with every letter, each from a new page, that a partner can edit</source>
        <translation>すべての書簡をそれぞれ新しいページから始める 1 つの文書で、パートナーが編集できます</translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation>ファイルまたはフォルダー</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Name each file after</source>
        <translation>各ファイルの名前の元</translation>
    </message>
    <message>
        <source>Record the letters as sent today</source>
        <translation>書簡を今日送付したものとして記録</translation>
    </message>
    <message>
        <source>Each recipient&apos;s record then shows this letter, the date and how it was sent</source>
        <translation>各宛先の記録に、この書簡と日付、送付方法が表示されます</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>送付方法</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>郵送</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手渡し</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>出力先</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Name files after</source>
        <translation>ファイル名の元</translation>
    </message>
    <message>
        <source>Write PDF</source>
        <translation>PDF を書き出す</translation>
    </message>
    <message>
        <source>Letter settings…</source>
        <translation>書簡の設定…</translation>
    </message>
    <message>
        <source>Paper, margins, letterhead and the sender&apos;s address</source>
        <translation>用紙、余白、レターヘッド、差出人の住所</translation>
    </message>
    <message>
        <source>Stopped before the letters were merged.</source>
        <translation>書簡の差し込みの前に中止しました。</translation>
    </message>
    <message>
        <source>Print / Merge — {title}</source>
        <translation>印刷 / 差し込み — {title}</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>{name} (printed): {reason}</source>
        <translation>{name}(印刷します): {reason}</translation>
    </message>
    <message>
        <source>{name}: not in the signatory block (marked “do not share”)</source>
        <translation>{name}: 署名欄に載せません(「共有しない」の印)</translation>
    </message>
    <message numerus="yes">
        <source>Left out (%n recipient(s)):</source>
        <translation>
            <numerusform>除外(宛先 %n 件):</numerusform>
        </translation>
    </message>
    <message>
        <source>Every recipient will be printed; some addresses need checking:</source>
        <translation>すべての宛先を印刷します。確認が必要な住所があります:</translation>
    </message>
    <message>
        <source>Every recipient will be printed.</source>
        <translation>すべての宛先を印刷します。</translation>
    </message>
    <message>
        <source>Letters per language: {counts}</source>
        <translation>言語別の書簡: {counts}</translation>
    </message>
    <message>
        <source>These addresses do not fit their label even at the smallest size and would be cut: {names}</source>
        <translation>次の住所は最小サイズでもラベルに収まらず、切れてしまいます: {names}</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>ラベル %n 枚</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{total} 件中 {n} 件目</translation>
    </message>
    <message>
        <source>No letters to print</source>
        <translation>印刷する書簡はありません</translation>
    </message>
    <message>
        <source>{name} · {language}</source>
        <translation>{name} · {language}</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>{n} / {total} ページ</translation>
    </message>
    <message>
        <source>Sheet {n} of {total}</source>
        <translation>{n} / {total} 枚目</translation>
    </message>
    <message>
        <source>Nothing to preview.</source>
        <translation>プレビューするものはありません。</translation>
    </message>
    <message>
        <source>No installed font can draw some characters; they would print as empty boxes: {shown}</source>
        <translation>インストール済みのフォントでは描けない文字があり、空の四角で印刷されます: {shown}</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Write Word document</source>
        <translation>Word 文書を書き出す</translation>
    </message>
    <message>
        <source>Folder for the PDFs</source>
        <translation>PDF の保存先フォルダー</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文書 (*.docx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to write the PDF.</source>
        <translation>PDF の保存先を選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n ページ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 件の文書</numerusform>
        </translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>{path} に書き出しました</translation>
    </message>
    <message>
        <source>Did not fit, even shrunk: {names}</source>
        <translation>縮小しても収まりません: {names}</translation>
    </message>
    <message>
        <source>Recorded as sent on {date}.</source>
        <translation>{date} に送付したものとして記録しました。</translation>
    </message>
    <message>
        <source>Not printed: {message}</source>
        <translation>印刷できませんでした: {message}</translation>
    </message>
    <message>
        <source>Stopped; nothing was recorded as sent.</source>
        <translation>中止しました。送付済みとして記録したものはありません。</translation>
    </message>
</context>
<context>
    <name>MergeFields</name>
    <message>
        <source>Recipient</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>書簡</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>署名団体</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>差出人</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>正式名称</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>敬称</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>現地文字の名前</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Address block</source>
        <translation>住所欄</translation>
    </message>
    <message>
        <source>Letter date</source>
        <translation>書簡の日付</translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation>今日の日付</translation>
    </message>
    <message>
        <source>Letter title</source>
        <translation>書簡のタイトル</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>結びの言葉</translation>
    </message>
    <message>
        <source>Signatory block</source>
        <translation>署名団体の一覧</translation>
    </message>
    <message>
        <source>Number of signatories</source>
        <translation>署名団体の数</translation>
    </message>
    <message>
        <source>Number of signatories&apos; countries</source>
        <translation>署名団体の国の数</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>差出人の名前</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>差出人の住所</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <source>Encrypt its %n existing backup(s) too</source>
        <translation>
            <numerusform>既存のバックアップ %n 件も暗号化</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypt this database</source>
        <translation>このデータベースを暗号化</translation>
    </message>
    <message>
        <source>Anyone who holds this computer can read a plain database. Encrypted, it opens only with the passphrase. CoalitionDesk writes an encrypted copy, checks it, puts it in place of the database and overwrites the plain file with zeros.</source>
        <translation>暗号化されていないデータベースは、このコンピューターを手にした人なら誰でも読めます。暗号化すれば、パスフレーズがなければ開けません。CoalitionDesk は暗号化したコピーを書き出して検査し、データベースと置き換え、暗号化前のファイルをゼロで上書きします。</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>暗号化</translation>
    </message>
    <message numerus="yes">
        <source>Encrypt its %n backup(s) with the new passphrase too</source>
        <translation>
            <numerusform>バックアップ %n 件も新しいパスフレーズで暗号化</numerusform>
        </translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>パスフレーズを変更</translation>
    </message>
    <message>
        <source>The database is written again under the new passphrase; the file under the old one is overwritten with zeros.</source>
        <translation>データベースを新しいパスフレーズで書き直し、古いパスフレーズのファイルはゼロで上書きします。</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>新しいパスフレーズ</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>新しいパスフレーズ(確認)</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>パスフレーズを表示</translation>
    </message>
    <message>
        <source>Keep the passphrase somewhere safe. It cannot be recovered: if it is lost, nobody, you included, can open this database or its backups again, and the data is gone.</source>
        <translation>パスフレーズは安全な場所に保管してください。取り戻す方法はありません。失くすと、あなたを含め誰もこのデータベースとバックアップを二度と開けず、データは失われます。</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>新しいパスフレーズ:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>もう一度:</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>パスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>2 つのパスフレーズが違います。入力し直してください。</translation>
    </message>
</context>
<context>
    <name>OrganizationFilterBar</name>
    <message>
        <source>Membership</source>
        <translation>加盟状況</translation>
    </message>
    <message>
        <source>Any membership</source>
        <translation>すべての加盟状況</translation>
    </message>
    <message>
        <source>International (no country)</source>
        <translation>国際(国なし)</translation>
    </message>
</context>
<context>
    <name>OrganizationForm</name>
    <message>
        <source>Identity</source>
        <translation>基本情報</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>International</source>
        <translation>国際</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>加盟状況</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>連絡先情報</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>From the membership history: change the status to Member, with its date, to change it</source>
        <translation>加盟状況の履歴から取った値です。変更するには、状況を日付とともに「加盟」に変えてください</translation>
    </message>
    <message>
        <source>the new organization</source>
        <translation>新しい団体</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>新しい団体</translation>
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
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>UN body</source>
        <translation>国連機関</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>政府</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>メディア</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>学術機関</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>PageSettingsDialog</name>
    <message>
        <source>Letter settings</source>
        <translation>書簡の設定</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>用紙</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8½ × 11 in)</source>
        <translation>US レター (8½ × 11 in)</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>上</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>下</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>{side} margin</source>
        <translation>{side}余白</translation>
    </message>
    <message>
        <source>Letterhead text</source>
        <translation>レターヘッドの文字</translation>
    </message>
    <message>
        <source>Printed at the top of each letter&apos;s first page, e.g. the coalition&apos;s name</source>
        <translation>各書簡の 1 ページ目の上部に印刷されます。例: 連合体の名前</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>画像を選択…</translation>
    </message>
    <message>
        <source>A PNG image printed instead of the text</source>
        <translation>文字の代わりに印刷する PNG 画像</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>画像を削除</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>差出人の名前</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>差出人の住所</translation>
    </message>
    <message>
        <source>One line per line of the address</source>
        <translation>住所の 1 行ごとに 1 行</translation>
    </message>
    <message>
        <source>Sender country code</source>
        <translation>差出国コード</translation>
    </message>
    <message>
        <source>e.g. KR</source>
        <translation>例: JP</translation>
    </message>
    <message>
        <source>Letters to other countries get a country line in their address</source>
        <translation>他の国への書簡は、住所に国名の行が加わります</translation>
    </message>
    <message>
        <source>Salutation when there is no name</source>
        <translation>名前がないときの書き出し</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>余白</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>レターヘッド</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>差出人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Salutation without a name</source>
        <translation>名前なしの書き出し</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>画像なし</translation>
    </message>
    <message>
        <source>Letterhead image</source>
        <translation>レターヘッドの画像</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>That image is larger than 2 MB; use a smaller one.</source>
        <translation>画像が 2 MB を超えています。もっと小さい画像を使ってください。</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted database</source>
        <translation>暗号化されたデータベース</translation>
    </message>
    <message>
        <source>{name} is encrypted. Enter its passphrase to open it.</source>
        <translation>{name} は暗号化されています。開くにはパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>パスフレーズを表示</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>このコンピューターに記憶する</translation>
    </message>
    <message>
        <source>Kept in the system keyring: anyone who can log in as you here can open this database without the passphrase.</source>
        <translation>システムのキーリングに保管されます。このコンピューターにあなたとしてログインできる人は誰でも、パスフレーズなしでこのデータベースを開けます。</translation>
    </message>
    <message>
        <source>This computer offers no system keyring (such as the Keychain, the Credential Locker or the Secret Service) to keep it in.</source>
        <translation>このコンピューターには、パスフレーズを保管するシステムのキーリング(キーチェーン、資格情報マネージャー、Secret Service など)がありません。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>パスフレーズ:</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>パスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>That passphrase does not open {name}. Nothing was changed; try again.</source>
        <translation>そのパスフレーズでは {name} を開けません。何も変更していません。もう一度入力してください。</translation>
    </message>
    <message>
        <source>The system keyring did not keep the passphrase ({reason}); it will be asked when {name} next opens.</source>
        <translation>システムのキーリングがパスフレーズを保管できませんでした({reason})。次に {name} を開くときに尋ねます。</translation>
    </message>
    <message>
        <source>The passphrase remembered on this computer does not open {name}; it was forgotten. Enter the passphrase.</source>
        <translation>このコンピューターに記憶されたパスフレーズでは {name} を開けないため、忘れました。パスフレーズを入力してください。</translation>
    </message>
</context>
<context>
    <name>PasteListDialog</name>
    <message>
        <source>Paste a list of signatories</source>
        <translation>署名団体の一覧を貼り付け</translation>
    </message>
    <message>
        <source>Pasted list</source>
        <translation>貼り付けた一覧</translation>
    </message>
    <message>
        <source>One organization per line, for example:
Burma Partnership (Thailand)
International Federation for Human Rights (FIDH)</source>
        <translation>1 行に 1 団体。例:
Burma Partnership (Thailand)
International Federation for Human Rights (FIDH)</translation>
    </message>
    <message>
        <source>Match…</source>
        <translation>照合…</translation>
    </message>
    <message>
        <source>Each line is matched to a stored organization, or proposed as a new one; you check the matches before anything is added.</source>
        <translation>各行を登録済みの団体と照合するか、新しい団体として提案します。追加する前に照合結果を確認できます。</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>処理</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation>問題と注記</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>インポートしない</translation>
    </message>
    <message>
        <source> (decide)</source>
        <translation>(要判断)</translation>
    </message>
    <message>
        <source>changes: </source>
        <translation>変更: </translation>
    </message>
    <message>
        <source>adds tags: </source>
        <translation>タグ追加: </translation>
    </message>
    <message>
        <source>keeps the stored name; adds {name} as another name</source>
        <translation>登録済みの名前を残し、{name} を別名として追加します</translation>
    </message>
    <message>
        <source>the same record as row {rows}</source>
        <translation>{rows} 行目と同じ記録</translation>
    </message>
    <message>
        <source>country not given</source>
        <translation>国の指定なし</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>What each row will become. Nothing is written until you press Import; the whole import can be undone.</source>
        <translation>各行がどうなるかを示します。「インポート」を押すまでは何も書き込みません。インポート全体を取り消すこともできます。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Only rows that need attention</source>
        <translation>確認が必要な行のみ</translation>
    </message>
    <message>
        <source>This row:</source>
        <translation>この行:</translation>
    </message>
    <message>
        <source>Save error report…</source>
        <translation>エラーレポートを保存…</translation>
    </message>
    <message>
        <source>Optional: a letter&apos;s title</source>
        <translation>任意: 書簡のタイトル</translation>
    </message>
    <message>
        <source>Signatories or recipients of:</source>
        <translation>次の書簡の署名団体または宛先:</translation>
    </message>
    <message>
        <source>Rows that are people, not organizations ({count}): import them as contacts of their organization</source>
        <translation>団体ではなく個人の行({count} 件): 所属団体の連絡先としてインポートします</translation>
    </message>
    <message>
        <source>Split “Name (Country)” in the column {header} into the name and the country</source>
        <translation>列 {header} の「名前 (国)」を名前と国に分ける</translation>
    </message>
    <message>
        <source>This column needs the membership status of the organizations it creates: go back and choose it.</source>
        <translation>この列で作成する団体の加盟状況が必要です。戻って選んでください。</translation>
    </message>
    <message>
        <source>{rows} rows from {source}: {new} new, {updated} updated, {same} unchanged, {skipped} skipped, {errors} with errors.</source>
        <translation>{source} の {rows} 行: 新規 {new}、更新 {updated}、変更なし {same}、スキップ {skipped}、エラー {errors}。</translation>
    </message>
    <message>
        <source>{count} possible duplicates are skipped until you decide.</source>
        <translation>重複の可能性がある {count} 件は、判断するまでスキップします。</translation>
    </message>
    <message>
        <source>New organizations that the file gives no status ({count}) get the membership status {status}, as you chose.</source>
        <translation>ファイルに状況のない新しい団体({count} 件)は、選んだとおり加盟状況「{status}」になります。</translation>
    </message>
    <message>
        <source>New organizations get the membership status the file gives.</source>
        <translation>新しい団体はファイルにある加盟状況になります。</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation>この行をスキップ</translation>
    </message>
    <message>
        <source>Create a new record</source>
        <translation>新しい記録を作成</translation>
    </message>
    <message>
        <source>the stored record</source>
        <translation>登録済みの記録</translation>
    </message>
    <message>
        <source>Update {label} ({score}% alike), keeping its name</source>
        <translation>{label} を更新({score}% 類似)、名前はそのまま</translation>
    </message>
    <message>
        <source>Update {label} and rename it {name}</source>
        <translation>{label} を更新し、名前を {name} に変更</translation>
    </message>
    <message>
        <source>The same record twice</source>
        <translation>同じ記録が 2 回</translation>
    </message>
    <message>
        <source>Row {rows} updates this record too. Update it with this row as well? Where the rows differ, the later one&apos;s values are kept.</source>
        <translation>{rows} 行目もこの記録を更新します。この行でも更新しますか? 行の値が違う場合は後の行の値が残ります。</translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation>エラーレポートを保存</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>エラーレポート</translation>
    </message>
</context>
<context>
    <name>RecipientTable</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Will print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送付日</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>送付方法</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>返信</translation>
    </message>
</context>
<context>
    <name>RecipientsPanel</name>
    <message>
        <source>Recipients table</source>
        <translation>宛先の表</translation>
    </message>
    <message>
        <source>Contact or organization to add</source>
        <translation>追加する連絡先または団体</translation>
    </message>
    <message>
        <source>Type to find a contact or an organization</source>
        <translation>連絡先または団体の名前を入力して検索</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add from…</source>
        <translation>追加元…</translation>
    </message>
    <message>
        <source>Add recipients from</source>
        <translation>宛先の追加元</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Record response…</source>
        <translation>返信を記録…</translation>
    </message>
    <message>
        <source>The recipient answered, or did not answer by a deadline</source>
        <translation>宛先から返信があった、または期限までに返信がなかった</translation>
    </message>
    <message>
        <source>{printing} of {total} will be printed</source>
        <translation>{total} 件中 {printing} 件を印刷します</translation>
    </message>
    <message>
        <source>{added} added; {already} already on the letter.</source>
        <translation>{added} 件を追加しました。{already} 件はすでに書簡にあります。</translation>
    </message>
    <message>
        <source>Choose a contact or an organization from the list.</source>
        <translation>一覧から連絡先または団体を選んでください。</translation>
    </message>
    <message>
        <source>Nothing to add: that tab shows no records.</source>
        <translation>追加するものはありません。そのタブには記録が表示されていません。</translation>
    </message>
    <message>
        <source>No tags yet: tag records on their forms first.</source>
        <translation>まだタグがありません。先に各記録のフォームでタグを付けてください。</translation>
    </message>
    <message>
        <source>Contacts with a tag</source>
        <translation>タグ付きの連絡先</translation>
    </message>
    <message>
        <source>Organizations with a tag</source>
        <translation>タグ付きの団体</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>タグ:</translation>
    </message>
    <message>
        <source>Selected contacts (Contacts tab)</source>
        <translation>選択した連絡先(連絡先タブ)</translation>
    </message>
    <message>
        <source>Contacts shown by the Contacts tab&apos;s search and filters</source>
        <translation>連絡先タブの検索とフィルターで表示中の連絡先</translation>
    </message>
    <message>
        <source>Selected organization (Organizations tab)</source>
        <translation>選択した団体(団体タブ)</translation>
    </message>
    <message>
        <source>Organizations shown by the Organizations tab&apos;s search and filters</source>
        <translation>団体タブの検索とフィルターで表示中の団体</translation>
    </message>
    <message>
        <source>Contacts with a tag…</source>
        <translation>タグ付きの連絡先…</translation>
    </message>
    <message>
        <source>Organizations with a tag…</source>
        <translation>タグ付きの団体…</translation>
    </message>
    <message>
        <source>Import contacts from a file…</source>
        <translation>ファイルから連絡先をインポート…</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Undo the changes made since the record was loaded</source>
        <translation>記録を読み込んでからの変更を元に戻します</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>日付あり</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>Not available to your role on this server</source>
        <translation>このサーバーでのあなたの役割では表示できません</translation>
    </message>
    <message>
        <source>Your role on this server may not change this</source>
        <translation>このサーバーでのあなたの役割では変更できません</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>カンマ区切り</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>{name} (edited)</source>
        <translation>{name}(編集中)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Save changes to {name}?</source>
        <translation>{name} の変更を保存しますか?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>保存しないと変更は失われます。</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>{name} table</source>
        <translation>{name}の表</translation>
    </message>
    <message>
        <source>C&amp;hange Selected…</source>
        <translation>選択した記録を変更(&amp;H)…</translation>
    </message>
    <message>
        <source>Set a tag, status, country or other field on the selected records, or on all the search and filters show</source>
        <translation>選択した記録、または検索とフィルターで表示されているすべての記録に、タグ・状況・国などのフィールドを設定します</translation>
    </message>
    <message>
        <source>Add to Group</source>
        <translation>グループに追加</translation>
    </message>
    <message numerus="yes">
        <source>%n affiliation(s)</source>
        <translation>
            <numerusform>所属 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact affiliation(s)</source>
        <translation>
            <numerusform>連絡先の所属 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) on letters</source>
        <translation>
            <numerusform>書簡への署名 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) among letters&apos; recipients</source>
        <translation>
            <numerusform>書簡の宛先 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity link(s)</source>
        <translation>
            <numerusform>活動へのリンク %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>New Group from Selection…</source>
        <translation>選択した項目から新しいグループ…</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <source>Africa</source>
        <translation>アフリカ</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>南北アメリカ</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>南極</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>アジア</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>ヨーロッパ</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>オセアニア</translation>
    </message>
    <message>
        <source>Australia and New Zealand</source>
        <translation>オーストラリア・ニュージーランド</translation>
    </message>
    <message>
        <source>Caribbean</source>
        <translation>カリブ</translation>
    </message>
    <message>
        <source>Central America</source>
        <translation>中央アメリカ</translation>
    </message>
    <message>
        <source>Central Asia</source>
        <translation>中央アジア</translation>
    </message>
    <message>
        <source>Eastern Africa</source>
        <translation>東アフリカ</translation>
    </message>
    <message>
        <source>Eastern Asia</source>
        <translation>東アジア</translation>
    </message>
    <message>
        <source>Eastern Europe</source>
        <translation>東ヨーロッパ</translation>
    </message>
    <message>
        <source>Melanesia</source>
        <translation>メラネシア</translation>
    </message>
    <message>
        <source>Micronesia</source>
        <translation>ミクロネシア</translation>
    </message>
    <message>
        <source>Middle Africa</source>
        <translation>中部アフリカ</translation>
    </message>
    <message>
        <source>Northern Africa</source>
        <translation>北アフリカ</translation>
    </message>
    <message>
        <source>Northern America</source>
        <translation>北アメリカ</translation>
    </message>
    <message>
        <source>Northern Europe</source>
        <translation>北ヨーロッパ</translation>
    </message>
    <message>
        <source>Polynesia</source>
        <translation>ポリネシア</translation>
    </message>
    <message>
        <source>South America</source>
        <translation>南アメリカ</translation>
    </message>
    <message>
        <source>South-eastern Asia</source>
        <translation>東南アジア</translation>
    </message>
    <message>
        <source>Southern Africa</source>
        <translation>南部アフリカ</translation>
    </message>
    <message>
        <source>Southern Asia</source>
        <translation>南アジア</translation>
    </message>
    <message>
        <source>Southern Europe</source>
        <translation>南ヨーロッパ</translation>
    </message>
    <message>
        <source>Western Africa</source>
        <translation>西アフリカ</translation>
    </message>
    <message>
        <source>Western Asia</source>
        <translation>西アジア</translation>
    </message>
    <message>
        <source>Western Europe</source>
        <translation>西ヨーロッパ</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>Chart of the report</source>
        <translation>レポートのグラフ</translation>
    </message>
    <message>
        <source>Others (%1)</source>
        <translation>その他(%1)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>加盟団体</translation>
    </message>
    <message>
        <source>Members at the end of each month</source>
        <translation>各月末の加盟団体数</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Activities per month</source>
        <translation>月別の活動</translation>
    </message>
    <message numerus="yes">
        <source>Activities per month (the latest %n months)</source>
        <translation>
            <numerusform>月別の活動(直近 %n か月)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportHeaders</name>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>加盟団体</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加盟</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>脱退</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>書簡</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>署名団体</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国の数</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>返信あり</translation>
    </message>
    <message>
        <source>Awaiting</source>
        <translation>返信待ち</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Members by country</source>
        <translation>国別の加盟団体</translation>
    </message>
    <message>
        <source>Members by region</source>
        <translation>地域別の加盟団体</translation>
    </message>
    <message>
        <source>Membership over time</source>
        <translation>加盟状況の推移</translation>
    </message>
    <message>
        <source>Letters: signatories, countries, responses</source>
        <translation>書簡: 署名団体、国、返信</translation>
    </message>
    <message>
        <source>Activities per month</source>
        <translation>月別の活動</translation>
    </message>
    <message>
        <source>Member directory</source>
        <translation>加盟団体名簿</translation>
    </message>
    <message>
        <source>International</source>
        <translation>国際</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>基準日</translation>
    </message>
    <message>
        <source>Make the report as it stood on this day: membership up to that month, letters&apos; replies awaited then. Without a date: today.</source>
        <translation>この日の時点のレポートを作成します。加盟状況はその月まで、書簡の返信待ちはその時点のものです。日付がなければ今日の時点です。</translation>
    </message>
    <message>
        <source>Include restricted contacts</source>
        <translation>制限付きの連絡先を含める</translation>
    </message>
    <message>
        <source>The member directory leaves out restricted contacts and records tagged “do not share” unless this is ticked</source>
        <translation>チェックしない場合、加盟団体名簿から制限付きの連絡先と「共有しない」タグの記録を除きます</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Count only the organizations of one of your saved groups</source>
        <translation>保存したグループ 1 つの団体だけを数えます</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>レポート:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>グループ:</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>レポートの表</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Excel にエクスポート…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF として保存…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>すべての団体</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>集計しています…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>プリンターを使用できませんでした。</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>レポートのエクスポート</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>レポートを PDF として保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>レポートの印刷</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>レポートを保存できませんでした</translation>
    </message>
    <message>
        <source>As of %1 · made %2</source>
        <translation>%1 時点 · %2 作成</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <source>Record response</source>
        <translation>返信の記録</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>返信あり</translation>
    </message>
    <message>
        <source>No reply by the deadline</source>
        <translation>期限までに返信なし</translation>
    </message>
    <message>
        <source>Date of the response or the deadline</source>
        <translation>返信日または期限</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>What they answered, in a sentence or two</source>
        <translation>返信の内容を一、二文で</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Response to the letter from {name}</source>
        <translation>{name} からの書簡への返信</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>No reply by {date}</source>
        <translation>{date} までに返信なし</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Importing</source>
        <translation>インポート中</translation>
    </message>
    <message>
        <source>All rows are written in one transaction: all or nothing.</source>
        <translation>すべての行を 1 つのトランザクションで書き込みます。すべて成功するか、何も書き込まないかのどちらかです。</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>このインポートを取り消す</translation>
    </message>
    <message>
        <source>Writing {count} rows in one transaction…</source>
        <translation>{count} 行を 1 つのトランザクションで書き込んでいます…</translation>
    </message>
    <message>
        <source>Created {new}, updated {updated}, unchanged {same}, skipped {skipped}, errors {errors}.</source>
        <translation>新規 {new}、更新 {updated}、変更なし {same}、スキップ {skipped}、エラー {errors}。</translation>
    </message>
    <message>
        <source>New organizations the file gives no status: {status}.</source>
        <translation>ファイルに状況のない新しい団体: {status}。</translation>
    </message>
    <message>
        <source>People as contacts: {new} new, {updated} updated, {same} unchanged.</source>
        <translation>連絡先としての個人: 新規 {new} 件、更新 {updated} 件、変更なし {same} 件。</translation>
    </message>
    <message>
        <source>{count} added to the letter.</source>
        <translation>書簡に {count} 件を追加しました。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>インポート完了</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>インポートされたものはありません</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>インポートを中止しました</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was changed.</source>
        <translation>インポートを中止しました。何も変更していません。</translation>
    </message>
    <message>
        <source>Undone: {deleted} records removed, {restored} restored.</source>
        <translation>取り消しました: {deleted} 件を削除、{restored} 件を復元。</translation>
    </message>
    <message>
        <source>{count} later edits were kept.</source>
        <translation>その後の編集 {count} 件はそのまま残しました。</translation>
    </message>
</context>
<context>
    <name>SecurityFlows</name>
    <message numerus="yes">
        <source>Also encrypted: %n backup(s) in {folder}.</source>
        <translation>
            <numerusform>同時に暗号化: {folder} のバックアップ %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still plain: %n backup(s) in {folder}, readable by anyone who has the disk.</source>
        <translation>
            <numerusform>まだ暗号化されていません: {folder} のバックアップ %n 件は、ディスクを手にした誰でも読めます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sensitivity</name>
    <message>
        <source>Normal</source>
        <translation>通常</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>制限</translation>
    </message>
</context>
<context>
    <name>SignatoriesPanel</name>
    <message>
        <source>Signatories table</source>
        <translation>署名団体の表</translation>
    </message>
    <message>
        <source>Organization to add</source>
        <translation>追加する団体</translation>
    </message>
    <message>
        <source>Type to find an organization</source>
        <translation>団体名を入力して検索</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Invite the organization to sign</source>
        <translation>団体に署名を依頼します</translation>
    </message>
    <message>
        <source>Add selected</source>
        <translation>選択した団体を追加</translation>
    </message>
    <message>
        <source>Invite the organization selected on the Organizations tab</source>
        <translation>「団体」タブで選択した団体に署名を依頼します</translation>
    </message>
    <message>
        <source>Paste a list…</source>
        <translation>一覧を貼り付け…</translation>
    </message>
    <message>
        <source>Match a pasted list of organizations and add them as signatories</source>
        <translation>貼り付けた団体の一覧を照合し、署名団体として追加します</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>Sort alphabetically</source>
        <translation>アルファベット順に並べ替え</translation>
    </message>
    <message>
        <source>Refresh lines from records</source>
        <translation>記録から行を更新</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Take the organization off the list (a withdrawal is a status)</source>
        <translation>団体を一覧から外します(署名の撤回は状態として記録します)</translation>
    </message>
    <message>
        <source>Signatory block as it will print</source>
        <translation>印刷される署名団体の一覧</translation>
    </message>
    <message numerus="yes">
        <source>Signatory block (%n signed organization(s)):</source>
        <translation>
            <numerusform>署名団体の一覧(署名済み %n 団体):</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an organization from the list.</source>
        <translation>一覧から団体を選んでください。</translation>
    </message>
    <message>
        <source>Select an organization on the Organizations tab first.</source>
        <translation>先に「団体」タブで団体を選択してください。</translation>
    </message>
    <message>
        <source>{signed} → {now}</source>
        <translation>{signed} → {now}</translation>
    </message>
    <message>
        <source>Every line is as the records say, or the letter was sent</source>
        <translation>すべての行が記録どおりか、書簡がすでに送付されています</translation>
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
        <translation>団体</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
</context>
<context>
    <name>SignatureStatus</name>
    <message>
        <source>Invited</source>
        <translation>依頼済み</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>署名済み</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>辞退</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Its window has been brought forward.</source>
        <translation>そのウィンドウを前面に表示しました。</translation>
    </message>
</context>
<context>
    <name>SkipReason</name>
    <message>
        <source>Do not mail</source>
        <translation>郵送不可</translation>
    </message>
    <message>
        <source>No postal address</source>
        <translation>郵送先の住所なし</translation>
    </message>
    <message>
        <source>Restricted, and not allowed for this letter</source>
        <translation>制限付きで、この書簡では許可されていません</translation>
    </message>
    <message>
        <source>Check the address</source>
        <translation>住所を確認</translation>
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
        <translation>開いた後に変更されました</translation>
    </message>
    <message>
        <source>• {what}, {when}, by {who}</source>
        <translation>• {what}、{when}、{who}</translation>
    </message>
    <message>
        <source>• another program</source>
        <translation>• 別のプログラム</translation>
    </message>
    <message>
        <source>{name} was changed since you opened it:</source>
        <translation>{name} は開いた後に変更されました:</translation>
    </message>
    <message>
        <source>Reload it to see the new version, or put your own edits on top of it and check them before saving.</source>
        <translation>読み込み直して新しい版を見るか、その上に自分の編集を重ねて、保存する前に確認してください。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>読み込み直す</translation>
    </message>
    <message>
        <source>Put my edits on top</source>
        <translation>自分の編集を重ねる</translation>
    </message>
</context>
<context>
    <name>StatusChangeFields</name>
    <message>
        <source>The new status is recorded in the history:</source>
        <translation>新しい状態は履歴に記録されます:</translation>
    </message>
    <message>
        <source>Date of the change of status</source>
        <translation>状態を変更した日付</translation>
    </message>
    <message>
        <source>e.g. decided by the steering committee</source>
        <translation>例: 運営委員会で決定</translation>
    </message>
    <message>
        <source>Note on the change of status</source>
        <translation>状態の変更についてのメモ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>StatusDelegate</name>
    <message>
        <source>Signature status</source>
        <translation>署名の状態</translation>
    </message>
</context>
<context>
    <name>TableColumns</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>フォローアップ日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Activity date</source>
        <translation>活動日</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>略称</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>加盟状況</translation>
    </message>
    <message>
        <source>International</source>
        <translation>国際</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>現地表記</translation>
    </message>
    <message>
        <source>Organization and role</source>
        <translation>団体と役割</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>機密区分</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Short form</source>
        <translation>略記</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Sub-region</source>
        <translation>小地域</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>加盟団体</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>署名済み</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>宛先</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Signatory</source>
        <translation>署名団体</translation>
    </message>
    <message>
        <source>Letter received</source>
        <translation>書簡を受領</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>加盟状況</translation>
    </message>
    <message>
        <source>Joined as member</source>
        <translation>加盟団体として加入</translation>
    </message>
    <message>
        <source>Became observer</source>
        <translation>オブザーバーになった</translation>
    </message>
    <message>
        <source>Listed as prospect</source>
        <translation>加盟候補として登録</translation>
    </message>
    <message>
        <source>Left (former)</source>
        <translation>脱退 (元加盟)</translation>
    </message>
    <message>
        <source>Marked as non-member</source>
        <translation>非加盟として登録</translation>
    </message>
    <message>
        <source>sent {date}</source>
        <translation>{date} 送付</translation>
    </message>
    <message>
        <source>response {date}</source>
        <translation>{date} 返信</translation>
    </message>
    <message>
        <source>e-mail “{subject}” sent {date}, Message-ID {id}</source>
        <translation>メール「{subject}」{date} 送信、Message-ID {id}</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>未送付</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>What</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>By</source>
        <translation>変更者</translation>
    </message>
    <message>
        <source>Once saved, the record&apos;s activities, letters and membership changes are listed here.</source>
        <translation>保存すると、この記録の活動、書簡、加盟状況の変更がここに一覧表示されます。</translation>
    </message>
    <message>
        <source>Last changed {when} by {who}: {what}</source>
        <translation>最終変更: {when}、{who}: {what}</translation>
    </message>
    <message>
        <source>{who}, {when}: {what}</source>
        <translation>{who}、{when}: {what}</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>まだ記録はありません。</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>CoalitionDesk user guide</source>
        <translation>CoalitionDesk ユーザーガイド</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>{app} へようこそ</translation>
    </message>
    <message>
        <source>Your records will be kept in {file} on this computer. It is empty. How would you like to begin?</source>
        <translation>記録はこのコンピューターの {file} に保存されます。今は空です。どのように始めますか?</translation>
    </message>
    <message>
        <source>Encrypt this database (recommended)</source>
        <translation>このデータベースを暗号化する(推奨)</translation>
    </message>
    <message>
        <source>Load the demo coalition</source>
        <translation>デモ用の連合体を読み込む</translation>
    </message>
    <message>
        <source>ICNK and its 2011 open letter to Kim Jong-il, signed by 32 organizations: a safe place to try every part of the application.</source>
        <translation>ICNK と、32 団体が署名した 2011 年の金正日宛て公開書簡です。アプリケーションのすべての機能を安心して試せます。</translation>
    </message>
    <message>
        <source>Import a spreadsheet…</source>
        <translation>スプレッドシートをインポート…</translation>
    </message>
    <message>
        <source>Your own list of organizations or contacts, from an Excel workbook, a CSV file or a pasted list.</source>
        <translation>Excel ブック、CSV ファイル、貼り付けた一覧から、お手持ちの団体や連絡先の一覧を取り込みます。</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>空の状態で始める</translation>
    </message>
    <message>
        <source>Add organizations and contacts by hand.</source>
        <translation>団体や連絡先を手作業で追加します。</translation>
    </message>
</context>
<context>
    <name>WithheldAddresses</name>
    <message>
        <source>Write to their organization&apos;s address instead</source>
        <translation>代わりに所属団体の住所に送る</translation>
    </message>
    <message>
        <source>Only for those whose current organization has an address; the others stay left out</source>
        <translation>現在の所属団体に住所がある人だけが対象で、それ以外は除外されたままです</translation>
    </message>
    <message numerus="yes">
        <source>You may not read the home addresses of %n recipient(s), who are left out: {names}</source>
        <translation>
            <numerusform>宛先 %n 件の自宅住所を読めないため除外します: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Written to at their organization&apos;s address (home address not readable by a volunteer): {names}</source>
        <translation>所属団体の住所に送付（ボランティアは自宅住所を読めません）: {names}</translation>
    </message>
    <message>
        <source>{name} ({organization})</source>
        <translation>{name}（{organization}）</translation>
    </message>
    <message>
        <source>{name} (no organization address)</source>
        <translation>{name}（団体の住所なし）</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Home addresses withheld</source>
        <translation>非公開の自宅住所</translation>
    </message>
    <message numerus="yes">
        <source>You may not read the home addresses of %n recipient(s): {names}</source>
        <translation>
            <numerusform>宛先 %n 件の自宅住所を読めません: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Write to them at their organization&apos;s address, or leave them out?</source>
        <translation>所属団体の住所に送りますか、それとも除外しますか？</translation>
    </message>
    <message>
        <source>None of them has an organization with an address: leave them out?</source>
        <translation>住所のある所属団体を持つ人がいません。除外しますか？</translation>
    </message>
    <message>
        <source>Use their organization&apos;s address</source>
        <translation>所属団体の住所を使う</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>除外する</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
</context>
</TS>
