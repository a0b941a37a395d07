"""Writes the other systems' contact exports that tests/core/importing/test_other_systems.py
imports: `python tests/data/import/make_other_systems.py` rewrites them.

Each file follows its system's documented export: its headers in its order, its quoting,
its line ends and the encoding it writes (Outlook and Thunderbird on a Japanese Windows
write cp932, Excel on a Korean one cp949; Google, Salesforce, HubSpot, CiviCRM, Odoo and
LinkedIn UTF-8). The people, organizations and addresses are made up.

| file | system and export |
| --- | --- |
| salesforce_contacts.csv | Salesforce contacts report, every field quoted |
| google_contacts.csv | Google Contacts "Google CSV", numbered groups (E-mail 1 - Value ...) |
| outlook_contacts_cp932.csv | Outlook desktop "Comma Separated Values", all columns |
| thunderbird_cp932.csv | Thunderbird address book "Comma Separated" |
| linkedin_connections.csv | LinkedIn Connections.csv, with its notes above the table |
| hubspot_contacts.csv | HubSpot contacts export |
| civicrm_contacts.csv | CiviCRM "Export Primary fields" of individuals |
| odoo_contacts.csv | Odoo contacts list view export (not import-compatible) |
| korean_headers_cp949.csv | a Korean partner's list: 성, 이름, 단체, 국가, 이메일, 전화, 주소 |
| japanese_headers_cp932.csv | a Japanese partner's list: 姓, 名, 団体, 国, メール, 電話, 住所 |
| salesforce_accounts.csv | Salesforce accounts report (organizations), every field quoted |
| hubspot_companies.csv | HubSpot companies export |
| civicrm_organizations.csv | CiviCRM "Export Primary fields" of organizations |
| odoo_companies.csv | Odoo companies from the contacts list view |
"""

import csv
import io
from pathlib import Path

D = Path(__file__).resolve().parent

def write(name, headers, rows, encoding="utf-8", quote_all=False, preamble="", newline="\r\n"):
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL,
                   lineterminator=newline)
    w.writerow(headers)
    for row in rows:
        full = [row.get(h, "") for h in headers]
        unknown = set(row) - set(headers)
        assert not unknown, unknown
        w.writerow(full)
    (D / name).write_bytes((preamble + buf.getvalue()).encode(encoding))

# Salesforce: a contacts report exported as CSV (UTF-8, every field quoted).
sf = ["Contact ID", "Salutation", "First Name", "Last Name", "Title", "Account Name",
      "Mailing Street", "Mailing City", "Mailing State/Province", "Mailing Zip/Postal Code",
      "Mailing Country", "Phone", "Mobile", "Email", "Description"]
write("salesforce_contacts.csv", sf, [
    {"Contact ID": "0035g00000AbCdEAAV", "Salutation": "Mr.", "First Name": "Phil",
     "Last Name": "Robertson", "Title": "Deputy Director", "Account Name": "Asia Watch Desk",
     "Mailing Street": "350 Fifth Avenue, 34th Floor", "Mailing City": "New York",
     "Mailing State/Province": "NY", "Mailing Zip/Postal Code": "10118",
     "Mailing Country": "United States", "Phone": "+1 212 290 4700",
     "Mobile": "+1 917 555 0134", "Email": "phil@asiawatch.example",
     "Description": "Met at the Geneva side event"},
    {"Contact ID": "0035g00000AbCdFAAV", "Salutation": "Ms.", "First Name": "Ji-won",
     "Last Name": "Park", "Title": "Researcher", "Account Name": "Seoul Rights Forum",
     "Mailing Street": "Sejong-daero 175", "Mailing City": "Seoul",
     "Mailing Zip/Postal Code": "03154", "Mailing Country": "Korea, Rep.",
     "Phone": "+82 2 723 1672", "Email": "jiwon@srf.example"},
], quote_all=True)

# Google Contacts, "Google CSV" (UTF-8), the export with numbered groups.
gc = ["Name", "Given Name", "Additional Name", "Family Name", "Yomi Name", "Given Name Yomi",
      "Additional Name Yomi", "Family Name Yomi", "Name Prefix", "Name Suffix", "Initials",
      "Nickname", "Short Name", "Maiden Name", "Birthday", "Gender", "Location",
      "Billing Information", "Directory Server", "Mileage", "Occupation", "Hobby",
      "Sensitivity", "Priority", "Subject", "Notes", "Language", "Photo", "Group Membership",
      "E-mail 1 - Type", "E-mail 1 - Value", "Phone 1 - Type", "Phone 1 - Value",
      "Address 1 - Type", "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City",
      "Address 1 - PO Box", "Address 1 - Region", "Address 1 - Postal Code",
      "Address 1 - Country", "Address 1 - Extended Address", "Organization 1 - Type",
      "Organization 1 - Name", "Organization 1 - Yomi Name", "Organization 1 - Title",
      "Organization 1 - Department", "Organization 1 - Symbol", "Organization 1 - Location",
      "Organization 1 - Job Description", "Website 1 - Type", "Website 1 - Value"]
write("google_contacts.csv", gc, [
    {"Name": "Takuya Yokota", "Given Name": "Takuya", "Family Name": "Yokota",
     "Group Membership": "* myContacts", "E-mail 1 - Type": "* Work",
     "E-mail 1 - Value": "yokota@families.example", "Phone 1 - Type": "Mobile",
     "Phone 1 - Value": "+81 90-1234-5678", "Address 1 - Type": "Work",
     "Address 1 - Formatted": "1-2-3 Nagatacho\nChiyoda-ku, Tokyo 100-0014\nJapan",
     "Address 1 - Street": "1-2-3 Nagatacho", "Address 1 - City": "Chiyoda-ku",
     "Address 1 - Region": "Tokyo", "Address 1 - Postal Code": "100-0014",
     "Address 1 - Country": "Japan", "Organization 1 - Name": "Families Association",
     "Organization 1 - Title": "Secretary General", "Notes": "Brother of the abductee"},
    {"Name": "Ana Lopez", "Given Name": "Ana", "Family Name": "Lopez",
     "Name Prefix": "Dr.", "Group Membership": "* myContacts ::: Coalition",
     "E-mail 1 - Type": "* Home", "E-mail 1 - Value": "ana@lopez.example",
     "Address 1 - City": "Madrid", "Address 1 - Country": "España",
     "Website 1 - Type": "Profile", "Website 1 - Value": "https://lopez.example"},
])

# Outlook (desktop) "Comma Separated Values" export on a Japanese Windows: cp932,
# every field quoted, English headers as the English Outlook writes them.
ol = ["Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department",
      "Job Title", "Business Street", "Business Street 2", "Business Street 3",
      "Business City", "Business State", "Business Postal Code", "Business Country/Region",
      "Home Street", "Home Street 2", "Home Street 3", "Home City", "Home State",
      "Home Postal Code", "Home Country/Region", "Other Street", "Other Street 2",
      "Other Street 3", "Other City", "Other State", "Other Postal Code",
      "Other Country/Region", "Assistant's Phone", "Business Fax", "Business Phone",
      "Business Phone 2", "Callback", "Car Phone", "Company Main Phone", "Home Fax",
      "Home Phone", "Home Phone 2", "ISDN", "Mobile Phone", "Other Fax", "Other Phone",
      "Pager", "Primary Phone", "Radio Phone", "TTY/TDD Phone", "Telex", "Account",
      "Anniversary", "Assistant's Name", "Billing Information", "Birthday",
      "Business Address PO Box", "Categories", "Children", "Directory Server",
      "E-mail Address", "E-mail Type", "E-mail Display Name", "E-mail 2 Address",
      "E-mail 2 Type", "E-mail 2 Display Name", "E-mail 3 Address", "E-mail 3 Type",
      "E-mail 3 Display Name", "Gender", "Government ID Number", "Hobby",
      "Home Address PO Box", "Initials", "Internet Free Busy", "Keywords", "Language",
      "Location", "Manager's Name", "Mileage", "Notes", "Office Location",
      "Organizational ID Number", "Other Address PO Box", "Priority", "Private", "Profession",
      "Referred By", "Sensitivity", "Spouse", "User 1", "User 2", "User 3", "User 4",
      "Web Page"]
defaults = {"Gender": "Unspecified", "Priority": "Normal", "Private": "False",
            "Sensitivity": "Normal"}
write("outlook_contacts_cp932.csv", ol, [
    {**defaults, "Title": "Mr.", "First Name": "権兵衛", "Last Name": "名無",
     "Company": "拉致被害者家族会",
     "Job Title": "事務局長", "Business Street": "永田町1-2-3", "Business City": "千代田区",
     "Business State": "東京都", "Business Postal Code": "100-0014",
     "Business Country/Region": "日本", "Business Phone": "03-1234-5678",
     "Mobile Phone": "090-1234-5678", "Categories": "Coalition;Tokyo",
     "E-mail Address": "gonbei@kazokukai.example", "E-mail Type": "SMTP",
     "E-mail Display Name": "名無 権兵衛 (gonbei@kazokukai.example)", "Initials": "名.権."},
    {**defaults, "First Name": "Minho", "Last Name": "Lee", "Company": "Seoul Rights Forum",
     "Business City": "Seoul", "Business Country/Region": "大韓民国",
     "E-mail Address": "minho@srf.example", "E-mail Type": "SMTP",
     "E-mail Display Name": "Minho Lee (minho@srf.example)", "Initials": "M.L.",
     "Web Page": "https://srf.example/minho"},
], encoding="cp932", quote_all=True)

# Thunderbird "Comma Separated" address book export on a Japanese Windows: cp932.
tb = ["First Name", "Last Name", "Display Name", "Nickname", "Primary Email",
      "Secondary Email", "Screen Name", "Work Phone", "Home Phone", "Fax Number",
      "Pager Number", "Mobile Number", "Home Address", "Home Address 2", "Home City",
      "Home State", "Home ZipCode", "Home Country", "Work Address", "Work Address 2",
      "Work City", "Work State", "Work ZipCode", "Work Country", "Job Title", "Department",
      "Organization", "Web Page 1", "Web Page 2", "Birth Year", "Birth Month", "Birth Day",
      "Custom 1", "Custom 2", "Custom 3", "Custom 4", "Notes"]
write("thunderbird_cp932.csv", tb, [
    {"First Name": "権兵衛", "Last Name": "名無", "Display Name": "名無 権兵衛",
     "Primary Email": "gonbei@kazokukai.example", "Work Phone": "03-1234-5678",
     "Work Address": "永田町1-2-3", "Work City": "千代田区", "Work State": "東京都",
     "Work ZipCode": "100-0014", "Work Country": "日本", "Job Title": "事務局長",
     "Organization": "拉致被害者家族会", "Notes": "家族会の窓口"},
    {"First Name": "Phil", "Last Name": "Robertson", "Display Name": "Phil Robertson",
     "Primary Email": "phil@asiawatch.example", "Secondary Email": "phil.r@mail.example",
     "Work Country": "Thailand", "Organization": "Asia Watch Desk",
     "Birth Year": "1965"},
], encoding="cp932")

# LinkedIn "Connections.csv" (UTF-8), with the notes LinkedIn writes above the table.
li = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position",
      "Connected On"]
write("linkedin_connections.csv", li, [
    {"First Name": "Ji-won", "Last Name": "Park",
     "URL": "https://www.linkedin.com/in/jiwon-park-example", "Email Address": "",
     "Company": "Seoul Rights Forum", "Position": "Researcher", "Connected On": "12 Mar 2021"},
    {"First Name": "Ana", "Last Name": "Lopez",
     "URL": "https://www.linkedin.com/in/ana-lopez-example",
     "Email Address": "ana@lopez.example", "Company": "Iberia Rights",
     "Position": "Director", "Connected On": "03 Jan 2024"},
], preamble='Notes:\r\n"When exporting your connection data, you may notice that some of the '
   'email addresses are missing. You will only see email addresses for connections who have '
   'allowed their connections to see or download their email address."\r\n\r\n',
   newline="\r\n")

# HubSpot contacts export (UTF-8).
hs = ["Record ID", "First Name", "Last Name", "Email", "Phone Number", "Mobile Phone Number",
      "Company Name", "Job Title", "Street Address", "City", "State/Region", "Postal Code",
      "Country/Region", "Website URL", "Lifecycle Stage", "Contact owner", "Create Date"]
write("hubspot_contacts.csv", hs, [
    {"Record ID": "51", "First Name": "Phil", "Last Name": "Robertson",
     "Email": "phil@asiawatch.example", "Phone Number": "+1 212 290 4700",
     "Company Name": "Asia Watch Desk", "Job Title": "Deputy Director",
     "Street Address": "350 Fifth Avenue", "City": "New York", "State/Region": "NY",
     "Postal Code": "10118", "Country/Region": "United States",
     "Lifecycle Stage": "Lead", "Create Date": "2024-02-01 10:00"},
    {"Record ID": "52", "First Name": "Tae Kyung", "Last Name": "Ha",
     "Email": "ha@assembly.example", "Mobile Phone Number": "+82 10 1234 5678",
     "Country/Region": "South Korea", "Lifecycle Stage": "Subscriber",
     "Create Date": "2024-02-02 11:00"},
])

# CiviCRM "Export Primary fields" of individuals (UTF-8).
cv = ["Contact ID", "Contact Type", "Do Not Email", "Do Not Mail", "Sort Name",
      "Display Name", "Preferred Language", "First Name", "Last Name", "Individual Prefix",
      "Email Greeting", "Job Title", "Birth Date", "Current Employer", "Street Address",
      "Supplemental Address 1", "City", "Postal Code", "State", "Country", "Phone", "Email",
      "Website", "Group(s)", "Tag(s)", "Note(s)"]
write("civicrm_contacts.csv", cv, [
    {"Contact ID": "12", "Contact Type": "Individual", "Do Not Email": "0",
     "Do Not Mail": "1", "Sort Name": "Robertson, Phil", "Display Name": "Mr. Phil Robertson",
     "Preferred Language": "en_US", "First Name": "Phil", "Last Name": "Robertson",
     "Individual Prefix": "Mr.", "Email Greeting": "Dear Phil", "Job Title": "Deputy Director",
     "Birth Date": "1965-04-01", "Current Employer": "Asia Watch Desk",
     "Street Address": "350 Fifth Avenue", "Supplemental Address 1": "34th Floor",
     "City": "New York", "Postal Code": "10118", "State": "New York",
     "Country": "United States", "Phone": "+1 212 290 4700", "Email": "phil@asiawatch.example",
     "Website": "https://asiawatch.example", "Group(s)": "Newsletter", "Tag(s)": "Donor",
     "Note(s)": "Prefers e-mail"},
    {"Contact ID": "13", "Contact Type": "Individual", "Do Not Email": "0",
     "Do Not Mail": "0", "Sort Name": "Park, Ji-won", "Display Name": "Ji-won Park",
     "Preferred Language": "ko_KR", "First Name": "Ji-won", "Last Name": "Park",
     "Email Greeting": "Dear Ji-won", "Country": "Korea, Republic of",
     "Email": "jiwon@srf.example"},
])

# Odoo contacts, exported from the list view (UTF-8; not "import-compatible").
od = ["Name", "Title", "Related Company", "Job Position", "Email", "Phone", "Mobile",
      "Street", "Street2", "City", "State", "Zip", "Country", "Website", "Tags",
      "Salesperson", "Is a Company"]
write("odoo_contacts.csv", od, [
    {"Name": "Ha Tae Kyung", "Title": "Mister", "Related Company": "National Assembly Forum",
     "Job Position": "Member", "Email": "ha@assembly.example", "Phone": "+82 2 788 2114",
     "Mobile": "+82 10 1234 5678", "Street": "Uisadang-daero 1", "City": "Seoul",
     "Zip": "07233", "Country": "South Korea", "Tags": "Parliament",
     "Salesperson": "Mitchell Admin", "Is a Company": "False"},
    {"Name": "Ana Lopez", "Title": "Doctor", "Related Company": "Iberia Rights",
     "Email": "ana@lopez.example", "City": "Madrid", "Country": "Spain",
     "Website": "https://lopez.example", "Salesperson": "Mitchell Admin",
     "Is a Company": "False"},
])

# A Korean partner's list from Excel on a Korean Windows (cp949).
ko = ["성", "이름", "단체", "국가", "이메일", "전화", "주소"]
write("korean_headers_cp949.csv", ko, [
    {"성": "하", "이름": "태경", "단체": "북한인권시민연합", "국가": "대한민국",
     "이메일": "ha@nkhr.example", "전화": "02-723-1672", "주소": "서울시 중구 세종대로 175"},
    {"성": "요코타", "이름": "타쿠야", "단체": "가족회", "국가": "일본",
     "이메일": "yokota@families.example"},
], encoding="cp949")

# A Japanese partner's list from Excel on a Japanese Windows (cp932).
ja = ["姓", "名", "団体", "国", "メール", "電話", "住所"]
write("japanese_headers_cp932.csv", ja, [
    {"姓": "横田", "名": "拓也", "団体": "家族会", "国": "日本",
     "メール": "yokota@families.example", "電話": "03-1234-5678",
     "住所": "東京都千代田区永田町1-2-3"},
    {"姓": "河", "名": "泰慶", "団体": "北朝鮮人権市民連合", "国": "韓国",
     "メール": "ha@nkhr.example"},
], encoding="cp932")

# Organizations: Salesforce accounts report (UTF-8, every field quoted).
sa = ["Account ID", "Account Name", "Type", "Billing Street", "Billing City",
      "Billing State/Province", "Billing Zip/Postal Code", "Billing Country", "Phone",
      "Website", "Description", "Account Owner"]
write("salesforce_accounts.csv", sa, [
    {"Account ID": "0015g00000XyZaBAAV", "Account Name": "Asia Watch Desk", "Type": "Partner",
     "Billing Street": "350 Fifth Avenue", "Billing City": "New York",
     "Billing State/Province": "NY", "Billing Zip/Postal Code": "10118",
     "Billing Country": "United States", "Phone": "+1 212 290 4700",
     "Website": "https://asiawatch.example", "Description": "Co-chairs the Asia group",
     "Account Owner": "Kim Coordinator"},
    {"Account ID": "0015g00000XyZaCAAV", "Account Name": "Seoul Rights Forum",
     "Billing City": "Seoul", "Billing Country": "Korea, Rep.",
     "Account Owner": "Kim Coordinator"},
], quote_all=True)

# Organizations: HubSpot companies export (UTF-8).
hc = ["Record ID", "Company name", "Company Domain Name", "Website URL", "Phone Number",
      "Street Address", "City", "State/Region", "Postal Code", "Country/Region", "Type",
      "Create Date"]
write("hubspot_companies.csv", hc, [
    {"Record ID": "9001", "Company name": "Iberia Rights", "Company Domain Name": "iberia.example",
     "Website URL": "https://iberia.example", "Phone Number": "+34 91 123 4567",
     "City": "Madrid", "Country/Region": "Spain", "Type": "Partner",
     "Create Date": "2024-03-01 09:00"},
    {"Record ID": "9002", "Company name": "Hong Kong Watch Group", "Country/Region":
     "Hong Kong SAR, China", "Create Date": "2024-03-02 09:00"},
])

# Organizations: CiviCRM "Export Primary fields" of organizations (UTF-8).
co = ["Contact ID", "Contact Type", "Organization Name", "Legal Name", "Email", "Phone",
      "Website", "Street Address", "City", "Postal Code", "State", "Country", "Tag(s)",
      "Note(s)"]
write("civicrm_organizations.csv", co, [
    {"Contact ID": "40", "Contact Type": "Organization", "Organization Name": "NK Watch",
     "Legal Name": "North Korea Watch Incorporated", "Email": "office@nkwatch.example",
     "Website": "https://nkwatch.example", "City": "Seoul", "Country": "Korea, Republic of",
     "Tag(s)": "Member", "Note(s)": "Joined the 2019 letter"},
    {"Contact ID": "41", "Contact Type": "Organization", "Organization Name": "Kosovo Forum",
     "Country": "Kosovo", "Phone": "+383 38 123 456"},
])

# Organizations: Odoo companies from the contacts list view (UTF-8).
oc = ["Name", "Is a Company", "Company Type", "Email", "Phone", "Website", "Street", "City",
      "Zip", "Country", "Tags", "Salesperson"]
write("odoo_companies.csv", oc, [
    {"Name": "National Assembly Forum", "Is a Company": "True", "Company Type": "Company",
     "Email": "forum@assembly.example", "Phone": "+82 2 788 2114",
     "Street": "Uisadang-daero 1", "City": "Seoul", "Zip": "07233", "Country": "South Korea",
     "Tags": "Parliament", "Salesperson": "Mitchell Admin"},
    {"Name": "Families Association", "Is a Company": "True", "Company Type": "Company",
     "Country": "Japan", "Website": "https://families.example"},
])
