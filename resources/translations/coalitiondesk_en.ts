<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActivitiesPage</name>
    <message numerus="yes">
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n follow-up overdue</numerusform>
            <numerusform>%n follow-ups overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message numerus="yes">
        <source>The %n selected record(s)</source>
        <translation>
            <numerusform>The %n selected record</numerusform>
            <numerusform>The %n selected records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n record(s) the search and filters show</source>
        <translation>
            <numerusform>All %n record the search and filters show</numerusform>
            <numerusform>All %n records the search and filters show</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{changing} of the %n chosen record(s) will change.</source>
        <translation>
            <numerusform>{changing} of the %n chosen record will change.</numerusform>
            <numerusform>{changing} of the %n chosen records will change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n record(s)</source>
        <translation>
            <numerusform>Change %n record</numerusform>
            <numerusform>Change %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{adding} of the %n chosen record(s) will be put on the letter.</source>
        <translation>
            <numerusform>{adding} of the %n chosen record will be put on the letter.</numerusform>
            <numerusform>{adding} of the %n chosen records will be put on the letter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are on it already.</source>
        <translation>
            <numerusform>%n is on it already.</numerusform>
            <numerusform>%n are on it already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restricted contact(s) stay off it: the letter does not allow them.</source>
        <translation>
            <numerusform>%n restricted contact stay off it: the letter does not allow them.</numerusform>
            <numerusform>%n restricted contacts stay off it: the letter does not allow them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n record(s)</source>
        <translation>
            <numerusform>Add %n record</numerusform>
            <numerusform>Add %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomFieldsDialog</name>
    <message numerus="yes">
        <source>Remove “{name}” and its value from %n record(s)?</source>
        <translation>
            <numerusform>Remove “{name}” and its value from %n record?</numerusform>
            <numerusform>Remove “{name}” and its value from %n records?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n likely pair(s)</source>
        <translation>
            <numerusform>%n likely pair</numerusform>
            <numerusform>%n likely pairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmailMergeDialog</name>
    <message numerus="yes">
        <source>Send to the %n restricted contact(s) too</source>
        <translation>
            <numerusform>Send to the %n restricted contact too</numerusform>
            <numerusform>Send to the %n restricted contacts too</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n</source>
        <translation>
            <numerusform>Left out: %n</numerusform>
            <numerusform>Left out: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try the %n refused message(s) again</source>
        <translation>
            <numerusform>Try the %n refused message again</numerusform>
            <numerusform>Try the %n refused messages again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the %n uncertain message(s) again</source>
        <translation>
            <numerusform>Send the %n uncertain message again</numerusform>
            <numerusform>Send the %n uncertain messages again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n .eml file(s) to {folder}; nothing was sent.</source>
        <translation>
            <numerusform>Wrote %n .eml file to {folder}; nothing was sent.</numerusform>
            <numerusform>Wrote %n .eml files to {folder}; nothing was sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n message(s).</source>
        <translation>
            <numerusform>Sent %n message.</numerusform>
            <numerusform>Sent %n messages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message numerus="yes">
        <source>{name}: a hand-picked group of %n record(s)</source>
        <translation>
            <numerusform>{name}: a hand-picked group of %n record</numerusform>
            <numerusform>{name}: a hand-picked group of %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: a saved search, %n record(s) now</source>
        <translation>
            <numerusform>{name}: a saved search, %n record now</numerusform>
            <numerusform>{name}: a saved search, %n records now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n put on the letter</source>
        <translation>
            <numerusform>%n put on the letter</numerusform>
            <numerusform>%n put on the letter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on it already</source>
        <translation>
            <numerusform>%n on it already</numerusform>
            <numerusform>%n on it already</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restricted contact(s) left out: the letter does not allow them</source>
        <translation>
            <numerusform>%n restricted contact left out: the letter does not allow them</numerusform>
            <numerusform>%n restricted contacts left out: the letter does not allow them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This also removes %n signature(s)</source>
        <translation>
            <numerusform>This also removes %n signature</numerusform>
            <numerusform>This also removes %n signatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n recipient(s) with their dispatches.</source>
        <translation>
            <numerusform>and %n recipient with their dispatches.</numerusform>
            <numerusform>and %n recipients with their dispatches.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n follow-up overdue</numerusform>
            <numerusform>%n follow-ups overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>Left out (%n recipient(s)):</source>
        <translation>
            <numerusform>Left out (%n recipient):</numerusform>
            <numerusform>Left out (%n recipients):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n label</numerusform>
            <numerusform>%n labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message numerus="yes">
        <source>Encrypt its %n existing backup(s) too</source>
        <translation>
            <numerusform>Encrypt its %n existing backup too</numerusform>
            <numerusform>Encrypt its %n existing backups too</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Encrypt its %n backup(s) with the new passphrase too</source>
        <translation>
            <numerusform>Encrypt its %n backup with the new passphrase too</numerusform>
            <numerusform>Encrypt its %n backups with the new passphrase too</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message numerus="yes">
        <source>%n affiliation(s)</source>
        <translation>
            <numerusform>%n affiliation</numerusform>
            <numerusform>%n affiliations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact affiliation(s)</source>
        <translation>
            <numerusform>%n contact affiliation</numerusform>
            <numerusform>%n contact affiliations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) on letters</source>
        <translation>
            <numerusform>%n signature on letters</numerusform>
            <numerusform>%n signatures on letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) among letters&apos; recipients</source>
        <translation>
            <numerusform>%n place among letters' recipients</numerusform>
            <numerusform>%n places among letters' recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity link(s)</source>
        <translation>
            <numerusform>%n activity link</numerusform>
            <numerusform>%n activity links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message numerus="yes">
        <source>Activities per month (the latest %n months)</source>
        <translation>
            <numerusform>Activities per month (the latest %n months)</numerusform>
            <numerusform>Activities per month (the latest %n months)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityFlows</name>
    <message numerus="yes">
        <source>Also encrypted: %n backup(s) in {folder}.</source>
        <translation>
            <numerusform>Also encrypted: %n backup in {folder}.</numerusform>
            <numerusform>Also encrypted: %n backups in {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still plain: %n backup(s) in {folder}, readable by anyone who has the disk.</source>
        <translation>
            <numerusform>Still plain: %n backup in {folder}, readable by anyone who has the disk.</numerusform>
            <numerusform>Still plain: %n backups in {folder}, readable by anyone who has the disk.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignatoriesPanel</name>
    <message numerus="yes">
        <source>Signatory block (%n signed organization(s)):</source>
        <translation>
            <numerusform>Signatory block (%n signed organization):</numerusform>
            <numerusform>Signatory block (%n signed organizations):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WithheldAddresses</name>
    <message numerus="yes">
        <source>You may not read the home addresses of %n recipient(s), who are left out: {names}</source>
        <translation>
            <numerusform>You may not read the home addresses of %n recipient, who are left out: {names}</numerusform>
            <numerusform>You may not read the home addresses of %n recipients, who are left out: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You may not read the home addresses of %n recipient(s): {names}</source>
        <translation>
            <numerusform>You may not read the home addresses of %n recipient: {names}</numerusform>
            <numerusform>You may not read the home addresses of %n recipients: {names}</numerusform>
        </translation>
    </message>
</context>
</TS>
