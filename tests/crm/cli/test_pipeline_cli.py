import json

import pytest

from crm.cli import run
from crm.persistence.store import open_store
from crm.services import Services


def crm(capsys, *args):
    code = run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def setup(db_path):
    store = open_store(str(db_path))
    svc = Services.for_store(store)
    company = svc.companies.create({"name": "Acme"})
    role = svc.roles.create({"title": "Backend", "company_id": company.id, "reference": "VAC-2026-007"})
    ana = svc.candidates.create({"first_name": "Ana", "last_name": "Núñez"})
    svc.pipeline.add_to_role(ana.id, role.id)
    store.close()
    return str(db_path), ana.id


def test_show_json_lists_every_stage_with_its_cards(capsys, setup):
    db, ana = setup
    code, out, _ = crm(capsys, "--db", db, "pipeline", "show", "vac-2026-007", "--json")
    data = json.loads(out)
    assert code == 0 and data["role"]["reference"] == "VAC-2026-007"
    assert data["stages"][0]["name"] == "Sourced" and data["stages"][0]["count"] == 1
    assert data["stages"][0]["cards"][0]["name"] == "Ana Núñez"
    assert len(data["stages"]) == 8


def test_move_by_english_or_spanish_name_is_recorded(capsys, setup):
    db, ana = setup
    code, out, _ = crm(capsys, "--db", db, "pipeline", "move", "VAC-2026-007", str(ana), "screening",
                       "--note", "good call")
    assert code == 0 and "Sourced -> Screening" in out
    code, out, _ = crm(capsys, "--db", db, "pipeline", "move", "VAC-2026-007", str(ana), "Enviado al cliente")
    assert code == 0 and "Screening -> Submitted to client" in out
    store = open_store(db)
    svc = Services.for_store(store)
    app = svc.pipeline.find(ana, svc.roles.get_by_reference("VAC-2026-007").id)
    history = svc.pipeline.history(app.id)
    store.close()
    assert [(h.to_stage, h.note) for h in history][1:] == [("Screening", "good call"), ("Submitted to client", None)]


@pytest.mark.parametrize("words, stage", [("Enviado a cliente", "Submitted to client"),
                                          ("Entrevista cliente", "Client interview"), ("Contratado", "Placed")])
def test_move_takes_the_stage_words_the_pipeline_import_takes(capsys, setup, words, stage):
    """The words of a tracker the import reads ("Enviado a cliente", "Entrevista cliente") were refused:
    "no stage called ..." (the command kept a shorter list of its own)."""
    db, ana = setup
    code, out, err = crm(capsys, "--db", db, "pipeline", "move", "VAC-2026-007", str(ana), words)
    assert (code, err) == (0, "") and f"Sourced -> {stage}" in out


def test_bad_input_exits_2_with_a_reason(capsys, setup):
    db, ana = setup
    code, _, err = crm(capsys, "--db", db, "pipeline", "move", "VAC-2026-007", str(ana), "Limbo")
    assert code == 2 and "no stage called 'Limbo'" in err
    code, _, err = crm(capsys, "--db", db, "pipeline", "show", "VAC-1")
    assert code == 2 and "no role" in err
    code, _, err = crm(capsys, "--db", db, "pipeline", "move", "VAC-2026-007", str(ana), "rejected")
    assert code == 2 and "--reason" in err
    code, _, err = crm(capsys, "--db", db, "pipeline", "move", "VAC-2026-007", "999", "offer")
    assert code == 2 and "not on role" in err
    code, out, _ = crm(capsys, "--db", db, "pipeline", "move", "VAC-2026-007", str(ana), "descartado",
                       "--reason", "no response")
    assert code == 0 and "Rejected" in out


def test_move_to_placed_takes_start_and_fee(capsys, setup):
    db, ana = setup
    code, out, _ = crm(capsys, "--db", db, "pipeline", "move", "VAC-2026-007", str(ana), "placed",
                       "--start", "2027-01-15", "--fee", "9000")
    assert code == 0 and "Sourced -> Placed" in out
    code, out, _ = crm(capsys, "--db", db, "roles", "list", "--json")
    assert json.loads(out)[0]["status"] == "filled"
    code, out, _ = crm(capsys, "--db", db, "pipeline", "show", "VAC-2026-007")
    assert code == 0 and "Placed (1)" in out and "Ana Núñez" in out


def test_a_bad_date_is_refused(capsys, setup):
    db, ana = setup
    with pytest.raises(SystemExit) as exit_info:
        run(["--db", db, "pipeline", "move", "VAC-2026-007", str(ana), "placed", "--start", "15/01/2027"])
    assert exit_info.value.code == 2 and "not a date" in capsys.readouterr().err


def test_move_to_a_stage_of_the_users_with_a_hyphen_in_its_name(capsys, setup):
    """The user's own "Pre-screening" was refused as "no stage called 'Pre-screening'" while listed among the stages."""
    from crm.services.stages import StagesService

    db, ana = setup
    store = open_store(db)
    StagesService(store).add("Pre-screening")
    store.close()
    code, out, err = crm(capsys, "--db", db, "pipeline", "move", "VAC-2026-007", str(ana), "Pre-screening")
    assert (code, err) == (0, "") and "Sourced -> Pre-screening" in out
