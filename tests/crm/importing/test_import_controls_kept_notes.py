"""A candidate import keeps in the notes, with their column's header, the details it does not give a person (another
person's phone; another name and email of a row merged into someone): the header as the file wrote it brought
its control characters into the stored notes, after the row's own notes had been cleaned of them."""

from import_fixtures import by_email

from crm.importing.importer import import_candidates


def test_details_kept_in_the_notes_carry_no_control_characters_from_their_headers(tmp_path, store, services):
    known = tmp_path / "conocidos.csv"
    known.write_text("Nombre,Email,Teléfono\nAna Ruiz,ana@example.com,600111222\nLuis Gil,luis@example.com,\n",
                     encoding="utf-8")
    import_candidates(store, known)
    again = tmp_path / "otra.csv"
    again.write_text("Nombre,Email\x1b[1m,Teléfono\x1b[31m móvil\n"
                     "Luis Gil,luis@example.com,600111222\n"  # Ana's phone: not Luis's, kept in his notes
                     "Ana Ruiz,ana.ruiz@work.example,600111222\n",  # Ana by her phone: her other email kept
                     encoding="utf-8")
    report = import_candidates(store, again)
    assert (report.created, report.rejected) == (0, [])
    assert by_email(services, "luis@example.com").notes == "Teléfono móvil: +34600111222"
    assert by_email(services, "ana@example.com").notes == "Email: ana.ruiz@work.example"
