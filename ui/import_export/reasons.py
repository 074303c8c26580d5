"""The import report's reasons in the user's language.

The core writes every reason in English, and the command line, `--json` and the errors workbook use
it as written. The app says it again through Qt's translations: `_ENGLISH` holds the core's own
wordings, with their variable parts as {names}; a reason that matches one is translated, its parts put
back. A part named {problem} is a reason itself (the value problem before "; kept in the notes as
written", or what is wrong with a file after its name) and is translated in turn; {how} is the kind of
match (email, phone, profile URL). A reason that matches nothing is shown as written
(tests/ui/import_export/test_reasons.py keeps the list in step with the core).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt

from ui.kit.stage_names import stage_label

_CONTEXT = "ImportReasons"


# The core's reasons as it writes them, each marked for lupdate; translated when shown (the language can
# change while the app runs).
_ENGLISH = (
    # The value of a cell (crm/importing/values.py, candidate_rows.py, roles.py, pipeline.py)
    QT_TRANSLATE_NOOP("ImportReasons", "no amount given (to be agreed)"),
    # A cell that looks blank but is not (crm/importing/cell_marks.py, mark_issue)
    QT_TRANSLATE_NOOP("ImportReasons", "the cell holds an Excel error; left empty"),
    QT_TRANSLATE_NOOP("ImportReasons", "a formula whose result the file does not hold (it was never calculated "
                      "in Excel); left empty: open and save the file in Excel, then import it again"),
    QT_TRANSLATE_NOOP("ImportReasons", "a formula whose result the file does not hold (it was never calculated "
                      "in Excel); the formula is kept in the notes: open and save the file in Excel, then import it "
                      "again"),
    QT_TRANSLATE_NOOP("ImportReasons", "part of the merged cells {ref}, whose value is in their first cell only; "
                      "left empty"),
    QT_TRANSLATE_NOOP("ImportReasons", "part of the merged cells {ref}, whose value is in row {row} only; "
                      "left empty"),
    QT_TRANSLATE_NOOP("ImportReasons", "not an amount"),
    QT_TRANSLATE_NOOP("ImportReasons", "not a plausible yearly salary"),
    QT_TRANSLATE_NOOP("ImportReasons", "a monthly amount, not a yearly salary"),
    QT_TRANSLATE_NOOP("ImportReasons", "only a maximum, not the salary itself"),
    QT_TRANSLATE_NOOP("ImportReasons", "not a valid date as day/month/year; the file may write month/day/year: "
                      "choose that order for its dates"),
    QT_TRANSLATE_NOOP("ImportReasons", "not a valid date as month/day/year; the file may write day/month/year: "
                      "choose that order for its dates"),
    QT_TRANSLATE_NOOP("ImportReasons", "a sentence among the skills: the skills are kept, and the cell in the "
                      "notes"),
    QT_TRANSLATE_NOOP("ImportReasons", "a sentence among the skills"),
    QT_TRANSLATE_NOOP("ImportReasons", "a number among the skills: the skills are kept, and the cell in the "
                      "notes"),
    QT_TRANSLATE_NOOP("ImportReasons", "a number among the skills"),
    QT_TRANSLATE_NOOP("ImportReasons", "more than one phone number: the first is stored, the cell is kept in "
                      "the notes"),
    QT_TRANSLATE_NOOP("ImportReasons", "this {how} is candidate {other}'s, and the row is candidate {this} (found by "
                      "another of its details); not given to it, kept in the notes"),
    # A preview row that is a known person (crm/importing/inspect.py)
    QT_TRANSLATE_NOOP("ImportReasons", "already in the database as candidate {id} (same {how}): fills its empty "
                      "fields and adds skills"),
    QT_TRANSLATE_NOOP("ImportReasons", "already in the database as candidate {id} (same {how}): skipped"),
    QT_TRANSLATE_NOOP("ImportReasons", "already in the database as candidate {id} (same {how}): its values are "
                      "replaced by the row's"),
    QT_TRANSLATE_NOOP("ImportReasons", "a range: its lower end is stored, the cell is kept in the notes"),
    QT_TRANSLATE_NOOP("ImportReasons", "a range: its longer end is stored (the wait to plan for), the cell is kept in "
                      "the notes"),
    QT_TRANSLATE_NOOP("ImportReasons", "a notice period with a remark: the period is stored, the cell is kept in the "
                      "notes"),
    QT_TRANSLATE_NOOP("ImportReasons", "more than an email address: the address is stored, the cell is kept in the notes"),
    QT_TRANSLATE_NOOP("ImportReasons", "more than a phone number: the number is stored, the cell is kept in the notes"),
    QT_TRANSLATE_NOOP("ImportReasons", "a status with a remark: the status is stored, the cell is kept in the "
                      "description"),
    QT_TRANSLATE_NOOP("ImportReasons", "a salary band with a remark: the band is stored, the cell is kept in the "
                      "description"),
    QT_TRANSLATE_NOOP("ImportReasons", "the salary from is above the salary to: the two are stored the other way "
                      "round"),
    QT_TRANSLATE_NOOP("ImportReasons", "not a contact person (a name, or an email)"),
    QT_TRANSLATE_NOOP("ImportReasons", "an amount with a remark: the amount is stored, the cell is kept in the "
                      "notes"),
    QT_TRANSLATE_NOOP("ImportReasons", "more than one email address: the first is stored, the cell is kept in "
                      "the notes"),
    QT_TRANSLATE_NOOP("ImportReasons", "not a notice period (e.g. '15 días', '1 mes', '2 weeks')"),
    QT_TRANSLATE_NOOP("ImportReasons", "notice period longer than two years"),
    QT_TRANSLATE_NOOP("ImportReasons", "not a number of years"),
    QT_TRANSLATE_NOOP("ImportReasons", "not a person's name (it holds a number or a date)"),
    QT_TRANSLATE_NOOP("ImportReasons", "the role {reference} is a role of {client}; its client is not changed"),
    QT_TRANSLATE_NOOP("ImportReasons", "not a plausible number of years"),
    QT_TRANSLATE_NOOP("ImportReasons", "a time, not a date"),
    QT_TRANSLATE_NOOP("ImportReasons", "not a valid date"),
    QT_TRANSLATE_NOOP("ImportReasons", "not a date (use dd/mm/yyyy)"),
    QT_TRANSLATE_NOOP("ImportReasons", "not a date"),
    QT_TRANSLATE_NOOP("ImportReasons", "empty"),
    QT_TRANSLATE_NOOP("ImportReasons", "not a valid email address"),
    QT_TRANSLATE_NOOP("ImportReasons", "not a phone number"),
    QT_TRANSLATE_NOOP("ImportReasons", "a placeholder, not a phone number"),
    QT_TRANSLATE_NOOP("ImportReasons", "read as a Spanish number; the row says {country}, where it would be {other}: "
                      "if that is it, write it with its country code"),
    QT_TRANSLATE_NOOP("ImportReasons", "not a web address"),
    QT_TRANSLATE_NOOP("ImportReasons", "not a seniority ({choices})"),
    QT_TRANSLATE_NOOP("ImportReasons", "not a work mode ({choices})"),
    QT_TRANSLATE_NOOP("ImportReasons", "not a candidate status ({choices})"),
    QT_TRANSLATE_NOOP("ImportReasons", "a stage of a selection process, not a candidate status (import the "
                      "pipeline to record it against its role)"),
    QT_TRANSLATE_NOOP("ImportReasons", "not a lawful basis ({choices})"),
    QT_TRANSLATE_NOOP("ImportReasons", "not a country"),
    QT_TRANSLATE_NOOP("ImportReasons", "not an English level (A1 to C2)"),
    QT_TRANSLATE_NOOP("ImportReasons", "longer than {limit} characters"),
    QT_TRANSLATE_NOOP("ImportReasons", "not a role status ({choices})"),
    QT_TRANSLATE_NOOP("ImportReasons", "not a percentage"),
    QT_TRANSLATE_NOOP("ImportReasons", "not a percentage between 0 and 100"),
    QT_TRANSLATE_NOOP("ImportReasons", "not a number of openings"),
    QT_TRANSLATE_NOOP("ImportReasons", "not a known stage ({choices})"),
    QT_TRANSLATE_NOOP("ImportReasons", "the row gives no stage"),
    QT_TRANSLATE_NOOP("ImportReasons", "the words after '{words}' may change which stage it is; write the stage alone, "
                      "and the rest in the comment"),
    # What became of that value
    QT_TRANSLATE_NOOP("ImportReasons", "{problem}; kept in the notes as written"),
    QT_TRANSLATE_NOOP("ImportReasons", "{problem}; kept in the description"),
    QT_TRANSLATE_NOOP("ImportReasons", "{problem}; today's date used"),
    # A pipeline row's date, from the rows of its application around it (crm/importing/step_dates.py)
    QT_TRANSLATE_NOOP("ImportReasons", "no date; dated as row {row}, the nearest dated row of the same application"),
    QT_TRANSLATE_NOOP("ImportReasons", "{problem}; dated as row {row}, the nearest dated row of the same application"),
    QT_TRANSLATE_NOOP("ImportReasons", "no date; dated as the row's {column}"),
    QT_TRANSLATE_NOOP("ImportReasons", "later than the day the row gives its stage ({column}); not recorded"),
    QT_TRANSLATE_NOOP("ImportReasons", "{problem}; dated as the row's {column}"),
    QT_TRANSLATE_NOOP("ImportReasons", "{problem}; dated as row {row}, the nearest dated row of the file"),
    QT_TRANSLATE_NOOP("ImportReasons", "moved back from {stage}, reached the same day, as the file lists the day's "
                      "rows: check their order"),
    QT_TRANSLATE_NOOP("ImportReasons", "{problem}; the application has had this stage already: nothing changed"),
    QT_TRANSLATE_NOOP("ImportReasons", "{problem}; the application has had this stage already: the row's comment is "
                      "added to it"),
    QT_TRANSLATE_NOOP("ImportReasons", "no date, nor any other row of the same application with one; today's date "
                      "used"),
    QT_TRANSLATE_NOOP("ImportReasons", "{problem}; dated as the nearest dated row of the same application, else "
                      "today"),
    QT_TRANSLATE_NOOP("ImportReasons", "rows with no date, nor another row of the same application with one, dated "
                      "today: {count}"),
    QT_TRANSLATE_NOOP("ImportReasons", "{problem}; not recorded"),
    # Rows and people (crm/importing/candidate_rows.py, candidate_run.py, roles.py, pipeline.py)
    QT_TRANSLATE_NOOP("ImportReasons", "nothing identifies a person (no name, email, phone or profile URL)"),
    QT_TRANSLATE_NOOP("ImportReasons", "this person was erased on request and is not imported again (use "
                      "--include-erased to import them anyway)"),
    QT_TRANSLATE_NOOP("ImportReasons", "same person as row {row} (same {how}); skipped"),
    QT_TRANSLATE_NOOP("ImportReasons", "same person as row {row} (same {how}); merged into it"),
    QT_TRANSLATE_NOOP("ImportReasons", "same person as an earlier row (same {how}); skipped"),
    QT_TRANSLATE_NOOP("ImportReasons", "same person as an earlier row (same {how}); merged"),
    QT_TRANSLATE_NOOP("ImportReasons", "this email belongs to another candidate; not changed"),
    QT_TRANSLATE_NOOP("ImportReasons", "already in the database as candidate {id} (same name and city, "
                      "nothing new)"),
    QT_TRANSLATE_NOOP("ImportReasons", "same name and city as an existing candidate"),
    QT_TRANSLATE_NOOP("ImportReasons", "same name and city as another row"),
    QT_TRANSLATE_NOOP("ImportReasons", "similar name in the same city as an existing candidate"),
    QT_TRANSLATE_NOOP("ImportReasons", "similar name in the same city as another row"),
    QT_TRANSLATE_NOOP("ImportReasons", "the same web site as another row, under another name"),
    QT_TRANSLATE_NOOP("ImportReasons", "the same phone as another row, under another name and email"),
    QT_TRANSLATE_NOOP("ImportReasons", "asked not to be contacted: replaces {current}, whatever the policy"),
    QT_TRANSLATE_NOOP("ImportReasons", "the person asked not to be contacted, which stays, whatever the policy: set "
                      "the status by hand if they agreed to be contacted again"),
    QT_TRANSLATE_NOOP("ImportReasons", "asked not to be contacted; the skip policy leaves the person as they were: set "
                      "the status by hand"),
    QT_TRANSLATE_NOOP("ImportReasons", "replaces {current}, every person's status until said otherwise (if this file "
                      "is older, set it back)"),
    QT_TRANSLATE_NOOP("ImportReasons", "a title across the list (one cell merged over the row: a group of the list's "
                      "rows); not imported"),
    QT_TRANSLATE_NOOP("ImportReasons", "a summary under the list (a label with its count, not a person); not imported"),
    QT_TRANSLATE_NOOP("ImportReasons", "{columns}: formulas whose results the file does not hold (it was never "
                      "calculated in Excel), so these cells would be left empty: open and save the file in Excel, then "
                      "import it"),
    QT_TRANSLATE_NOOP("ImportReasons", "the totals row of an Excel table (counts, sums or averages of the columns "
                      "above, not a person); not imported"),
    QT_TRANSLATE_NOOP("ImportReasons", "{count} of the list's rows were hidden in Excel (by a filter, or hidden by "
                      "hand); they were imported too"),
    QT_TRANSLATE_NOOP("ImportReasons", "one of the list's rows was hidden in Excel (by a filter, or hidden by hand); "
                      "it was imported too"),
    QT_TRANSLATE_NOOP("ImportReasons", "a separate block beside the list, after empty columns ({columns}: {names}), "
                      "is not part of it (a lookup list, such as a drop-down's values); not imported"),
    QT_TRANSLATE_NOOP("ImportReasons", "the same phone as an existing candidate, under another name and email"),
    QT_TRANSLATE_NOOP("ImportReasons", "the same web site as an existing candidate, under another name"),
    QT_TRANSLATE_NOOP("ImportReasons", "the same name and web site as another row, with another email and phone"),
    QT_TRANSLATE_NOOP("ImportReasons", "the same name and web site as an existing candidate, with another email and "
                      "phone"),
    QT_TRANSLATE_NOOP("ImportReasons", "the same reference as row {row}; skipped"),
    QT_TRANSLATE_NOOP("ImportReasons", "{reference} is written like the references of several roles ({references}); "
                      "write it as one of them"),
    # Rows of a list's blocks that are no records (crm/importing/sheets.py)
    QT_TRANSLATE_NOOP("ImportReasons", "the list's header again (a second block of the list); left out, the rows "
                      "below read as before"),
    QT_TRANSLATE_NOOP("ImportReasons", "another list starts here ({names}); it and the rows below it were not "
                      "imported"),
    QT_TRANSLATE_NOOP("ImportReasons", "a title between blocks of the list (one cell, after a break); not imported"),
    QT_TRANSLATE_NOOP("ImportReasons", "the list's header again, its columns in another order (a second block of the "
                      "list); left out, the rows below read by it"),
    QT_TRANSLATE_NOOP("ImportReasons", "only this cell after a break, above more rows: imported as a person; if it is "
                      "a title between blocks of the list, delete it"),
    QT_TRANSLATE_NOOP("ImportReasons", "the same reference as row {row}, a role of {client}; a role has one client: "
                      "not imported"),
    QT_TRANSLATE_NOOP("ImportReasons", "the reference {reference} is a role of {client} ({title}); a row naming "
                      "another client does not change it: not imported"),
    QT_TRANSLATE_NOOP("ImportReasons", "the same client, title and location as row {row}; skipped"),
    QT_TRANSLATE_NOOP("ImportReasons", "a role needs a title"),
    QT_TRANSLATE_NOOP("ImportReasons", "a role needs a client"),
    QT_TRANSLATE_NOOP("ImportReasons", "a role needs a {field}"),  # any other field: after the two above
    QT_TRANSLATE_NOOP("ImportReasons", "no valid candidate email"),
    QT_TRANSLATE_NOOP("ImportReasons", "no candidate with the email {email}; import the candidates first"),
    QT_TRANSLATE_NOOP("ImportReasons", "more than one email address: the candidate is looked up by the first"),
    QT_TRANSLATE_NOOP("ImportReasons", "no role with the reference {reference}; import the roles first"),
    QT_TRANSLATE_NOOP("ImportReasons", "no role with the reference {reference} among the roles in the database (a "
                      "reference it had before? write its current one; or add the role)"),
    QT_TRANSLATE_NOOP("ImportReasons", "no role titled {title} among the roles in the database (write the title as "
                      "the role has it, or add the role)"),
    QT_TRANSLATE_NOOP("ImportReasons", "no role titled {title} for the client {client} among the roles in the "
                      "database (write the title as the role has it, or add the role)"),
    QT_TRANSLATE_NOOP("ImportReasons", "no date, and the application is further on already ({stage}): not moved "
                      "back"),
    QT_TRANSLATE_NOOP("ImportReasons", "older than the application's current stage: added to its history, the stage is "
                      "not changed"),
    QT_TRANSLATE_NOOP("ImportReasons", "older than the application's current stage, and further on than the step after "
                      "it ({stage}): not added to its history"),
    QT_TRANSLATE_NOOP("ImportReasons", "no candidate named {name}; import the candidates first"),
    QT_TRANSLATE_NOOP("ImportReasons", "more than one candidate named {name}; add a column with the email"),
    QT_TRANSLATE_NOOP("ImportReasons", "no role titled {title}; import the roles first"),
    QT_TRANSLATE_NOOP("ImportReasons", "no role titled {title} for the client {client}; import the roles first"),
    QT_TRANSLATE_NOOP("ImportReasons", "more than one open role titled {title} ({references}); add a column with "
                      "the role reference"),
    QT_TRANSLATE_NOOP("ImportReasons", "the row names no role (its reference and title are empty)"),
    QT_TRANSLATE_NOOP("ImportReasons", "a pause, not a stage: the file does not say which stage the process waits in "
                      "(write that stage, or add a stage of this name)"),
    QT_TRANSLATE_NOOP("ImportReasons", "the same client, title and location as {reference}, whose reference was made "
                      "up: it takes this one"),
    QT_TRANSLATE_NOOP("ImportReasons", "not a date, nor a mark that the stage was reached; not recorded"),
    # A known person's value kept where the row says otherwise (crm/importing/candidate_run.py)
    QT_TRANSLATE_NOOP("ImportReasons", "the database has {current}, which is kept (the overwrite policy would take "
                      "the file's value)"),
    QT_TRANSLATE_NOOP("ImportReasons", "row {row} has {current}, which is kept"),
    QT_TRANSLATE_NOOP("ImportReasons", "the sheet has no column naming the role (a reference or a title); choose the "
                      "role its rows are for"),
    QT_TRANSLATE_NOOP("ImportReasons", "rows that name no role are for {reference} ({title}), which the sheet's name "
                      "names"),
    # The whole file (crm/importing/importer.py, readers.py)
    QT_TRANSLATE_NOOP("ImportReasons", "record id or update time of the database this list was "
                      "exported from; not imported"),
    QT_TRANSLATE_NOOP("ImportReasons", "column skipped; not imported"),
    QT_TRANSLATE_NOOP("ImportReasons", "personal data the CRM does not keep (such as a birth date, an ID number, "
                      "gender or nationality); not imported"),
    # A column whose values said what it holds (crm/importing/column_values.py)
    QT_TRANSLATE_NOOP("ImportReasons", "the column's values are not email addresses; kept in the notes"),
    QT_TRANSLATE_NOOP("ImportReasons", "the column's values are not phone numbers; kept in the notes"),
    QT_TRANSLATE_NOOP("ImportReasons", "the column's values are not web addresses; kept in the notes"),
    QT_TRANSLATE_NOOP("ImportReasons", "the column's values are not numbers of years; kept in the notes"),
    QT_TRANSLATE_NOOP("ImportReasons", "the column's values are not amounts; kept in the notes"),
    QT_TRANSLATE_NOOP("ImportReasons", "the column's values are not notice periods; kept in the notes"),
    QT_TRANSLATE_NOOP("ImportReasons", "the column's values are not dates; kept in the notes"),
    QT_TRANSLATE_NOOP("ImportReasons", "the column has no name and numbers the rows (1, 2, 3...); skipped"),
    QT_TRANSLATE_NOOP("ImportReasons", "a small table beside the list, after an empty column (its header repeats one "
                      "of the list's, beside counts); skipped: choose a field to import it"),
    QT_TRANSLATE_NOOP("ImportReasons", "the column's values are email addresses; imported as the email"),
    QT_TRANSLATE_NOOP("ImportReasons", "the column's values are LinkedIn profiles; imported as the profile URL"),
    QT_TRANSLATE_NOOP("ImportReasons", "the column's values are GitHub profiles; imported as the GitHub address"),
    QT_TRANSLATE_NOOP("ImportReasons", "the column's values are phone numbers; imported as the phone"),
    QT_TRANSLATE_NOOP("ImportReasons", "the column's values are numbers of years; imported as the years of experience"),
    QT_TRANSLATE_NOOP("ImportReasons", "this file was imported before (import {batch}, {day}); what the database has "
                      "already is not created again"),
    QT_TRANSLATE_NOOP("ImportReasons", "a work mode with a remark: the mode is stored, the cell is kept in the notes"),
    QT_TRANSLATE_NOOP("ImportReasons", "a work mode with a remark: the mode is stored, the cell is kept in the "
                      "description"),
    QT_TRANSLATE_NOOP("ImportReasons", "the file is not UTF-8; it was read as Windows-1252 (Spanish "
                      "Excel). Check that accented names such as 'Núñez' look right"),
    QT_TRANSLATE_NOOP("ImportReasons", "the file is not UTF-8; it was read as Mac Roman (Excel for Mac's \"CSV "
                      "(Macintosh)\"). Check that accented names such as 'Núñez' look right"),
    QT_TRANSLATE_NOOP("ImportReasons", "the file mixes two encodings (rows added by different programs): lines read as "
                      "Windows-1252 (Spanish Excel): {lines}; the others as UTF-8. Check that accented names such as "
                      "'Núñez' look right"),
    QT_TRANSLATE_NOOP("ImportReasons", "row {row} opens a quotation mark (\") that is never closed, so every row after it "
                      "would be read as one cell; remove that quotation mark or close it, then import again"),
    # The sheet chosen for the user (crm/importing/sheets.choose_sheet): what else the workbook holds
    QT_TRANSLATE_NOOP("ImportReasons", "other sheets look like lists too ({sheets}); this import reads '{sheet}' "
                      "only: import each of them on its own (choose its sheet)"),
    QT_TRANSLATE_NOOP("ImportReasons", "the list was taken from sheet '{sheet}', because another sheet cannot be "
                      "read: {problem}"),
    # Why a file cannot be imported (crm/importing/safety.py, readers.py, sheets.py, reader_process.py)
    QT_TRANSLATE_NOOP("ImportReasons", "defusedxml is not installed; refusing to parse spreadsheets "
                      "without it"),
    QT_TRANSLATE_NOOP("ImportReasons", "openpyxl is not using defusedxml; refusing to parse spreadsheets"),
    QT_TRANSLATE_NOOP("ImportReasons", "file not found"),
    QT_TRANSLATE_NOOP("ImportReasons", "the file changed since it was opened (its columns are not the ones "
                      "shown); open it again"),
    QT_TRANSLATE_NOOP("ImportReasons", "the lock file Excel keeps while it has {workbook} open, not a spreadsheet; "
                      "choose that workbook itself"),
    QT_TRANSLATE_NOOP("ImportReasons", "is a folder, not a file"),
    QT_TRANSLATE_NOOP("ImportReasons", "not a valid Excel file: it is a web page (HTML) with an .xlsx name, as some "
                      "job boards export; open it in Excel and save it as Excel Workbook (.xlsx), then import that"),
    QT_TRANSLATE_NOOP("ImportReasons", "the file cannot be opened ({error}); if it is open in Excel or another "
                      "program, close it there and try again"),
    QT_TRANSLATE_NOOP("ImportReasons", "the file is empty"),
    QT_TRANSLATE_NOOP("ImportReasons", "the file is {size} MB; the limit is {limit} MB"),
    QT_TRANSLATE_NOOP("ImportReasons", "the workbook is password-protected (encrypted); open it in Excel, "
                      "remove the password and save it as .xlsx"),
    QT_TRANSLATE_NOOP("ImportReasons", "old Excel format (.xls); open it in Excel and save it as .xlsx"),
    QT_TRANSLATE_NOOP("ImportReasons", "binary Excel workbooks (.xlsb) are not supported; open it in Excel "
                      "and save it as .xlsx"),
    QT_TRANSLATE_NOOP("ImportReasons", "LibreOffice or OpenOffice spreadsheets (.ods) are not supported; open it "
                      "there and save it as Excel 2007-365 (.xlsx)"),
    QT_TRANSLATE_NOOP("ImportReasons", "Apple Numbers files are not supported; export it from Numbers as Excel "
                      "(.xlsx)"),
    QT_TRANSLATE_NOOP("ImportReasons", "a LibreOffice or OpenOffice document, not an Excel workbook; open it "
                      "there and save it as Excel 2007-365 (.xlsx)"),
    QT_TRANSLATE_NOOP("ImportReasons", "unsupported file type '{suffix}'; import .xlsx, .xlsm, .csv or "
                      ".txt files"),
    QT_TRANSLATE_NOOP("ImportReasons", "the file is damaged or incomplete (a truncated download?); "
                      "download or save it again"),
    QT_TRANSLATE_NOOP("ImportReasons", "the file is damaged or incomplete ({error}); download or save it "
                      "again"),
    QT_TRANSLATE_NOOP("ImportReasons", "not a valid Excel file: it is a text (CSV) file with an .xlsx name; "
                      "rename it to .csv and import it again"),
    QT_TRANSLATE_NOOP("ImportReasons", "it is an Excel workbook with a {suffix} name; rename it to .xlsx and import "
                      "it again"),
    QT_TRANSLATE_NOOP("ImportReasons", "not a valid Excel file"),
    QT_TRANSLATE_NOOP("ImportReasons", "a zip file, but not an Excel workbook"),
    QT_TRANSLATE_NOOP("ImportReasons", "binary Excel workbook (.xlsb); save it as .xlsx"),
    QT_TRANSLATE_NOOP("ImportReasons", "refused: '{member}' expands {times} times (a zip bomb?)"),
    QT_TRANSLATE_NOOP("ImportReasons", "refused: it would expand to {size} MB"),
    QT_TRANSLATE_NOOP("ImportReasons", "refused: '{member}' declares XML entities (an XML bomb or external "
                      "entity attack)"),
    QT_TRANSLATE_NOOP("ImportReasons", "not a readable Excel workbook ({error})"),
    QT_TRANSLATE_NOOP("ImportReasons", "the workbook has no worksheets"),
    QT_TRANSLATE_NOOP("ImportReasons", "not a text file (it contains binary data)"),
    QT_TRANSLATE_NOOP("ImportReasons", "there is no sheet '{sheet}'; the sheets are: {sheets}"),
    QT_TRANSLATE_NOOP("ImportReasons", "sheet '{sheet}' is empty"),
    QT_TRANSLATE_NOOP("ImportReasons", "sheet '{sheet}': no header row found in the first {rows} rows "
                      "(expected a row of column names such as Nombre, Email, Teléfono)"),
    QT_TRANSLATE_NOOP("ImportReasons", "sheet '{sheet}': the sheet claims {rows} rows x {columns} columns, "
                      "beyond the limit of {max_cells} cells; delete the empty rows and columns at its end in "
                      "Excel, or copy the list to a new sheet"),
    QT_TRANSLATE_NOOP("ImportReasons", "the file could not be read (the reader stopped{detail})"),
    # What the database refused (crm/persistence/db_errors.py)
    QT_TRANSLATE_NOOP("ImportReasons", "the database is in use by another program (another copy of the CRM, a "
                      "backup or a sync tool); nothing was saved: try again in a moment"),
    QT_TRANSLATE_NOOP("ImportReasons", "the database file cannot be opened (its folder or disk is read-only, or it "
                      "cannot be reached); nothing was changed: copy it to a folder you can write, or check the drive"),
    QT_TRANSLATE_NOOP("ImportReasons", "the database file cannot be written (a read-only file or folder); nothing "
                      "was saved"),
    QT_TRANSLATE_NOOP("ImportReasons", "the disk holding the database is full; nothing was saved: free some space "
                      "and try again"),
    QT_TRANSLATE_NOOP("ImportReasons", "the database file could not be read or written (a disk or network-drive "
                      "error); nothing was saved"),
    QT_TRANSLATE_NOOP("ImportReasons", "the connection to the database server was lost; nothing was saved: try again "
                      "once the server is back"),
    QT_TRANSLATE_NOOP("ImportReasons", "another user changed the same records at the same moment; nothing was saved: "
                      "try again"),
    QT_TRANSLATE_NOOP("ImportReasons", "the database refused the change ({detail}); nothing was saved"),
    # Why an import cannot be undone (crm/importing/undo.py)
    QT_TRANSLATE_NOOP("ImportReasons", "cannot undo import {batch}: records it created are now used by other "
                      "records (e.g. a client with roles added later); nothing was changed"),
    QT_TRANSLATE_NOOP("ImportReasons", "import {batch} ({file}) was already undone"),
    QT_TRANSLATE_NOOP("ImportReasons", "cannot undo import {batch} ({file}): one of its records was edited after "
                      "it ({records}); undoing would throw that edit away"),
    QT_TRANSLATE_NOOP("ImportReasons", "cannot undo import {batch} ({file}): {count} of its records were "
                      "edited after it ({records}); undoing would throw those edits away"),
    QT_TRANSLATE_NOOP("ImportReasons", "cannot undo import {batch} ({file}): import {later} ({later_file}) changed "
                      "{count} of its records since ({records}); undo that import first"),
    QT_TRANSLATE_NOOP("ImportReasons", "cannot undo import {batch} ({file}): later imports changed {count} of its "
                      "records since ({records}); undo them first, the last first (import {later}, {later_file})"),
    QT_TRANSLATE_NOOP("ImportReasons", "cannot undo import {batch} ({file}): import {later} ({later_file}) added "
                      "records that depend on what it created ({records}); undo that import first"),
    QT_TRANSLATE_NOOP("ImportReasons", "cannot undo import {batch} ({file}): later imports added records that depend "
                      "on what it created ({records}); undo them first, the last first (import {later}, {later_file})"),
    QT_TRANSLATE_NOOP("ImportReasons", "cannot undo import {batch} ({file}): records added after it depend on "
                      "what it created ({records}); undoing would delete them"),
    QT_TRANSLATE_NOOP("ImportReasons", "cannot undo import {batch} ({file}): people it created or updated were "
                      "merged into other candidates since ({records}); undoing would leave there what it brought"),
    QT_TRANSLATE_NOOP("ImportReasons", "the backup taken before every import could not be written ({problem}); "
                      "nothing was imported"),
    QT_TRANSLATE_NOOP("ImportReasons", "a cell of the sheet lies far beyond its list (row {row}, column {column}), "
                      "which makes the sheet too big to read; delete the empty rows and columns at its end in Excel, "
                      "or copy the list to a new sheet"),
    QT_TRANSLATE_NOOP("ImportReasons", "a cell of the sheet lies far beyond its list (row {row}), which makes the sheet "
                      "too big to read; delete the empty rows and columns at its end in Excel, or copy the list to a new "
                      "sheet"),
    QT_TRANSLATE_NOOP("ImportReasons", "a cell of the sheet lies far beyond its list, which makes the sheet too big "
                      "to read; delete the empty rows and columns at its end in Excel, or copy the list to a new sheet"),
    # The file's name before its problem: last, so that a whole reason is matched first.
    QT_TRANSLATE_NOOP("ImportReasons", "{file}, {problem}"),
    QT_TRANSLATE_NOOP("ImportReasons", "{file}: {problem}"),
)
# The {how} of "same person as ... (same {how})".
_MATCH_WORDS = (QT_TRANSLATE_NOOP("ImportReasons", "email"), QT_TRANSLATE_NOOP("ImportReasons", "phone"),
                QT_TRANSLATE_NOOP("ImportReasons", "profile URL"), QT_TRANSLATE_NOOP("ImportReasons", "name and city"))
_PART = re.compile(r"\\\{(\w+)\\\}")  # a {name} in an escaped template
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")
_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?")  # as Python writes 55000 and 5.5
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


_NAMED_PART = re.compile(r"\{\w+\}")  # a {name} in a template as written (_PART: as re.escape writes it)


@functools.cache
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    """Each English template as a pattern whose groups are its {names}; the English stays the key. The
    templates with the most words of their own come first: "no role titled {title} for the client {client}"
    must not be read as "no role titled {title}" with a long title."""
    templates = sorted(_ENGLISH, key=lambda english: len(_NAMED_PART.sub("", english)), reverse=True)
    return [(re.compile(_PART.sub(r"(?P<\1>.+?)", re.escape(english)), re.DOTALL), english)
            for english in templates]


def translated_reason(reason: str | None, code_label: Callable[[str], str] | None = None) -> str:
    """The reason in the user's language; as written when it is not one of the core's known reasons.
    `code_label`: how the app names the stored codes of the reason's column ("placed" is "Colocado"), for the
    value a reason says is kept or replaced."""
    if not reason:
        return reason or ""
    for pattern, english in _patterns():
        found = pattern.fullmatch(reason)
        if found is None:
            continue
        parts = found.groupdict()
        if "problem" in parts:
            problem = translated_reason(parts["problem"], code_label)
            if problem == parts["problem"]:
                continue  # not a known reason after all: the frame did not fit (or there is nothing to say)
            parts["problem"] = problem
        if parts.get("how") in _MATCH_WORDS:
            parts["how"] = _tr(parts["how"])
        if "records" in parts:
            parts["records"] = _records(parts["records"])
        if english == _KNOWN_STAGES:  # the stages as the app names them (the seeded ones in the user's language)
            parts["choices"] = ", ".join(stage_label(name) for name in parts["choices"].split(", "))
        for name, value in parts.items():  # quantities the core grouped the English way (1,048,576)
            if _GROUPED.fullmatch(value):
                parts[name] = QLocale().toString(int(value.replace(",", "")))
            elif name == "day" and _ISO_DAY.fullmatch(value):  # a day, as the user writes days: 7/12/2026
                parts[name] = QLocale().toString(QDate.fromString(value, Qt.DateFormat.ISODate),
                                                 QLocale.FormatType.ShortFormat)
            elif name == "current" and code_label is not None:
                parts[name] = code_label(value)
            elif name == "current" and _PLAIN_NUMBER.fullmatch(value):  # a kept amount, years: 55.000, 5,5
                parts[name] = (QLocale().toString(int(value)) if value.isdigit()
                               else QLocale().toString(float(value), "g", 12))
        try:
            return _tr(english).format(**parts)
        except (KeyError, IndexError, ValueError):  # a translation naming a part the English has not
            return reason
    return reason


_KNOWN_STAGES = "not a known stage ({choices})"

# The records an undo names ("candidate 4, role 9 and 3 more"), each kind in the user's language.
_RECORD = re.compile(r"(candidate|company|role|application|contact|activity|attachment|stage change|client report) "
                     r"(\d+)")
_RECORD_WORDS = {"candidate": QT_TRANSLATE_NOOP("ImportReasons", "candidate {id}"),
                 "company": QT_TRANSLATE_NOOP("ImportReasons", "client {id}"),
                 "role": QT_TRANSLATE_NOOP("ImportReasons", "role {id}"),
                 "application": QT_TRANSLATE_NOOP("ImportReasons", "application {id}"),
                 "contact": QT_TRANSLATE_NOOP("ImportReasons", "contact {id}"),
                 "activity": QT_TRANSLATE_NOOP("ImportReasons", "activity {id}"),
                 "attachment": QT_TRANSLATE_NOOP("ImportReasons", "CV {id}"),
                 "stage change": QT_TRANSLATE_NOOP("ImportReasons", "history line {id}"),
                 "client report": QT_TRANSLATE_NOOP("ImportReasons", "client report {id}")}
_MORE = re.compile(r" and (\d+) more$")
_AND_MORE = QT_TRANSLATE_NOOP("ImportReasons", " and {count} more")


def _records(listed: str) -> str:
    text = _RECORD.sub(lambda m: _tr(_RECORD_WORDS[m.group(1)]).format(id=m.group(2)), listed)
    return _MORE.sub(lambda m: _tr(_AND_MORE).format(count=m.group(1)), text)


def other_of_possible_duplicate(item: dict) -> str:
    """What a possible duplicate is like: an existing candidate or another row of the file."""
    if "candidate_id" in item:
        text = QCoreApplication.translate("ImportReasons", "candidate {id}").format(id=item["candidate_id"])
        if item.get("more"):
            text += _tr(_AND_MORE).format(count=item["more"])
        return text
    return QCoreApplication.translate("ImportReasons", "row {row}").format(row=item.get("other_row"))
