"""A stage cell read for what it means, not by its first words: the words after a stage word can turn it
round (another company hired the candidate; an HR interview is the recruiter's screen), name who ended the
process and why; common phrases and one-letter typos are read, unclear words reported."""

import pytest
from import_fixtures import plain_xlsx, two_roles_and_two_people

from crm.importing.pipeline import import_pipeline


def _import_one(tmp_path, store, services, word, comment=None):
    two_roles_and_two_people(tmp_path, store)
    report = import_pipeline(store, plain_xlsx(tmp_path / "p.xlsx", ["Email", "Vacante", "Estado", "Fecha", "Comentario"],
                                               ["ana@example.com", "VAC-7", word, "10/11/2026", comment]))
    ana = services.candidates.find_by_email("ana@example.com")
    return report, services.pipeline.find(ana.id, services.roles.get_by_reference("VAC-7").id)


AS_WRITTEN = "the cell as written"  # the reason of a process that ended so: the whole cell, then the comment


@pytest.mark.parametrize("word, stage, rejected_by, reason, note", [
    # Lost to another company: was Placed, with a submitted date
    ("Contratado por otra empresa", "Rejected", "candidate", "Candidate withdrew", AS_WRITTEN),
    ("Oferta aceptada por otra empresa", "Rejected", "candidate", "Candidate withdrew", AS_WRITTEN),
    # The recruiter's or HR's interview: was the client's, with a submitted date
    ("Entrevista con RRHH", "Screening", None, None, None), ("Entrevista de RRHH", "Screening", None, None, None),
    ("Entrevista por teléfono", "Screening", None, None, None),
    ("Entrevista telefónica", "Screening", None, None, None),
    ("Entrevista con la consultora", "Screening", None, None, None),
    ("Entrevista con recruiter", "Screening", None, None, None),
    # Who rejected, and why: was Rejected with neither
    ("Descartado por cliente - salario", "Rejected", "client", "Rejected by client", "salario\nCV aún no enviado"),
    # Common phrases, refused as "not a known stage"
    ("Technical interview", "Client interview", None, None, None),
    ("Candidate withdrew", "Rejected", "candidate", "Candidate withdrew", None),
    ("Rechazada por el cliente", "Rejected", "client", "Rejected by client", None),
    ("Se retira", "Rejected", "candidate", "Candidate withdrew", None),
    ("Rechaza la oferta", "Rejected", "candidate", "Candidate withdrew", None),
    ("KO cliente", "Rejected", "client", "Rejected by client", None),
    ("Contactado, no interesado", "Rejected", "candidate", "Candidate withdrew", AS_WRITTEN),
    # One-letter typos of stage words of 5 letters or more
    ("Entrevsta cliente", "Client interview", None, None, None), ("Contratdo", "Placed", None, None, None),
    ("Descartdo", "Rejected", None, None, None), ("Ofeta", "Offer", None, None, None),
    # What was read right stays so
    ("Entrevista técnica con el CTO", "Client interview", None, None, None),
    ("Entrevista RRHH", "Screening", None, None, None), ("Contactado por LinkedIn", "Contacted", None, None, None),
    ("Oferta enviada 50k", "Offer", None, None, None), ("Enviado al cliente", "Submitted to client", None, None, None),
    ("Descartado por cliente", "Rejected", "client", "Rejected by client", None),
    ("Oferta rechazada por candidato", "Rejected", "candidate", "Candidate withdrew", None),
    # Another offer named as a remark on ours, and the client's HR: read as lost, and as the recruiter's screen
    ("Contratado - tenía otra oferta", "Placed", None, None, None),
    ("Oferta aceptada (rechaza otra oferta)", "Placed", None, None, None),
    ("Contratado (otro cliente nuestro)", "Placed", None, None, None),
    ("Contratado en la competencia", "Rejected", "candidate", "Candidate withdrew", AS_WRITTEN),
    ("Contratado (otra empresa)", "Rejected", "candidate", "Candidate withdrew", AS_WRITTEN),
    ("Contratado por otra agencia", "Rejected", "candidate", "Candidate withdrew", AS_WRITTEN),
    ("Oferta aceptada (otro sitio)", "Rejected", "candidate", "Candidate withdrew", AS_WRITTEN),
    ("Contratado (de la competencia)", "Placed", None, None, None),  # where the person came from
    # ...but whose offer it was: another company's
    ("Oferta aceptada de otra empresa", "Rejected", "candidate", "Candidate withdrew", AS_WRITTEN),
    ("Contratado - oferta de la competencia", "Rejected", "candidate", "Candidate withdrew", AS_WRITTEN),
    ("Accepted offer from another company", "Rejected", "candidate", "Candidate withdrew", AS_WRITTEN),
    ("Contratado, pasa a la competencia", "Rejected", "candidate", "Candidate withdrew", AS_WRITTEN),
    # ...and a rival offer only named is a remark on ours; a rejection followed by "otro" is one
    ("Contratado (rechazó oferta de la competencia)", "Placed", None, None, None),
    ("Oferta aceptada; tenía oferta de otra empresa", "Placed", None, None, None),
    ("Descartado - otro candidato", "Rejected", None, None, "otro candidato\nCV aún no enviado"),
    # another offer turned down, in brackets: a remark on ours ("Offer declined - another offer" is ours declined)
    ("Offer (declined another offer)", "Offer", None, None, None),
    ("Oferta (rechazó otra oferta)", "Offer", None, None, None),
    ("Placed (declined another offer)", "Placed", None, None, None),
    ("Offer (declined another offer, accepted ours)", "Offer", None, None, None),
    ("Offer (declined other offers)", "Offer", None, None, None),
    ("Offer declined - another offer", "Rejected", "candidate", "Candidate withdrew", "another offer\nCV aún no enviado"),
    ("Oferta (rechazada otra vez)", "Rejected", "candidate", "Candidate withdrew", "otra vez\nCV aún no enviado"),
    ("Entrevista con HR Manager del cliente", "Client interview", None, None, None),
    # a process ended ("rechazado", "KO") beside "otros perfiles" or another offer declined: ended all the same
    ("Entrevista cliente - rechazado, otros perfiles más senior", "Rejected", None, None, AS_WRITTEN),
    ("Presentado - rechazado, otros perfiles", "Rejected", None, None, AS_WRITTEN),
    ("Entrevista cliente - KO, rechazó otra oferta", "Rejected", None, None, AS_WRITTEN),
    ("Contactado - no interesado, rechazó otras ofertas", "Rejected", "candidate", "Candidate withdrew", AS_WRITTEN),
    # another offer declined, and ours too
    ("Offer (declined another offer, then ours)", "Rejected", "candidate", "Candidate withdrew",
     "another offer, then ours\nCV aún no enviado"),
    ("Offer (declined another offer; also declined our offer)", "Rejected", "candidate", "Candidate withdrew",
     "another offer; also declined our offer\nCV aún no enviado"),
])
def test_stage_words_are_read_for_their_meaning(tmp_path, store, services, word, stage, rejected_by, reason, note):
    report, application = _import_one(tmp_path, store, services, word, "CV aún no enviado" if note else None)
    assert (report.created, report.rejected) == (1, [])
    assert (application.stage, application.rejected_by, application.rejection_reason) == (stage, rejected_by, reason)
    assert application.rejection_note == (f"{word}\nCV aún no enviado" if note == AS_WRITTEN else note)
    submitted = stage in ("Submitted to client", "Client interview", "Offer", "Placed")
    assert (application.submitted_at is not None) == submitted


@pytest.mark.parametrize("word", ["Entrevista técnica (con el CTO)", "2ª entrevista - pendiente feedback",
                                  "Oferta enviada 50k", "Offer (declined another offer)", "Contactado por LinkedIn",
                                  "Contratado - tenía otra oferta",
                                  # a short stage word set apart from its remark (they were refused, whole rows)
                                  "Offer (verbal)", "Placed - starts Nov", "Oferta - pendiente respuesta",
                                  "Oferta, rechazó otra oferta", "Hired, turned down another offer",
                                  # another offer declined, and ours accepted or awaited: ours stands
                                  "Offer (declined another offer and accepted ours)",
                                  "Oferta (rechazó otra oferta y aceptó la nuestra)",
                                  "Entrevista cliente - rechazó otra oferta, prefiere la nuestra",
                                  "Oferta (tiene otra oferta)",
                                  # everyday remarks after a short stage word: no turn
                                  "Placed - se incorpora el lunes", "Oferta (tras entrevista con el CTO)"])
def test_what_a_stage_cell_says_beyond_its_stage_is_kept_in_the_history(tmp_path, store, services, word):
    """"Oferta enviada 50k" was stored as Offer, and the 50k, the CTO, the feedback awaited were lost unsaid."""
    report, application = _import_one(tmp_path, store, services, word, "Llamar el lunes")
    assert (report.created, report.rejected) == (1, [])
    assert [h.note for h in services.pipeline.history(application.id)] == [f"{word}\nLlamar el lunes"]


@pytest.mark.parametrize("word", ["Entrevista técnica", "Contratdo", "KO cliente", "Rechazada por el cliente"])
def test_a_stage_cell_of_stage_words_only_adds_nothing_to_the_history(tmp_path, store, services, word):
    _report, application = _import_one(tmp_path, store, services, word)
    assert [h.note for h in services.pipeline.history(application.id)] == [None]


@pytest.mark.parametrize("word, reason", [
    ("Oferta del cliente rechazada", "the words after 'oferta' may change which stage it is; write the stage alone, "
                                     "and the rest in the comment"),
    ("Entrevista cliente cancelada", "the words after 'entrevista cliente' may change which stage it is; write the "
                                     "stage alone, and the rest in the comment"),
    ("Oferta (rechazó otra oferta y la nuestra)", "the words after 'oferta' may change which stage it is; write the "
                                                  "stage alone, and the rest in the comment"),
    # a short stage word and words that turn it down: no remark on an open offer ("not a known stage" before)
    ("Oferta (la rechazó)", "the words after 'oferta' may change which stage it is; write the stage alone, and the "
                            "rest in the comment"),
    ("Placed (accepted another offer)", "the words after 'placed' may change which stage it is; write the stage "
                                        "alone, and the rest in the comment"),
    ("Offer (not accepted - another offer)", "the words after 'offer' may change which stage it is; write the stage "
                                             "alone, and the rest in the comment"),
    # a short stage word and a remark that ends it or names a later stage, in other words
    ("Oferta - dice que no", "the words after 'oferta' may change which stage it is; write the stage alone, and the "
                             "rest in the comment"),
    ("Placed - no show", "the words after 'placed' may change which stage it is; write the stage alone, and the rest "
                         "in the comment"),
    ("Offer (lost)", "the words after 'offer' may change which stage it is; write the stage alone, and the rest in "
                     "the comment"),
    ("Nuevo - contactado", "the words after 'nuevo' may change which stage it is; write the stage alone, and the rest "
                           "in the comment"),
    ("Oferta (aceptó otra oferta)", "the words after 'oferta' may change which stage it is; write the stage alone, "
                                    "and the rest in the comment"),
    ("Placed - did not show up", "the words after 'placed' may change which stage it is; write the stage alone, and "
                                 "the rest in the comment"),
    ("Offer (declined another offer, not decided on ours yet)", "the words after 'offer declined' may change which "
                                                                "stage it is; write the stage alone, and the rest in "
                                                                "the comment"),
    # another offer declined, and ours not accepted
    ("Oferta enviada - rechazó otra oferta y no aceptó la nuestra", "the words after 'oferta enviada' may change "
                                                                    "which stage it is; write the stage alone, and the "
                                                                    "rest in the comment"),
    # One letter from both "contactado" and "contratado": not guessed
    ("Contatado", "not a known stage (Sourced, Contacted, Screening, Submitted to client, Client interview, Offer, "
                  "Placed, Rejected)"),
])
def test_stage_words_that_cannot_be_understood_are_reported(tmp_path, store, services, word, reason):
    report, application = _import_one(tmp_path, store, services, word)
    assert application is None
    assert [(r.row, r.column, r.value, r.reason) for r in report.rejected] == [(2, "Estado", word, reason)]
