from crm.services.role_overview import RoleFilters
from ui.roles.models import RoleCandidatesModel, RolesTableModel


def test_roles_model_passes_the_model_tester(qtmodeltester, demo_context):
    services = demo_context.services
    model = RolesTableModel()
    model.set_stages(services.pipeline.stages())
    model.set_rows(services.role_overview.rows(RoleFilters()))
    assert model.rowCount() > 0
    assert model.columnCount() == RolesTableModel.FIXED_COLUMNS + len(services.pipeline.stages()) + 1
    qtmodeltester.check(model)


def test_role_candidates_model_passes_the_model_tester(qtmodeltester, demo_context):
    services = demo_context.services
    busiest = max(services.role_overview.rows(), key=lambda r: r.total)
    model = RoleCandidatesModel()
    model.set_candidates(services.role_overview.candidates(busiest.id))
    assert model.rowCount() == busiest.total
    qtmodeltester.check(model)


def test_candidates_waiting_too_long_are_flagged(demo_context):
    from PySide6.QtCore import Qt

    services = demo_context.services
    people = [p for row in services.role_overview.rows() for p in services.role_overview.candidates(row.id)]
    model = RoleCandidatesModel()
    model.set_candidates(people)
    stale = next(i for i, p in enumerate(people) if p.is_stale)
    fresh = next(i for i, p in enumerate(people) if not p.is_stale)
    assert model.index(stale, 3).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "follow up" in model.index(stale, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(fresh, 3).data(Qt.ItemDataRole.ForegroundRole) is None
