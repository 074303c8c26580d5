import pytest

from crm.services import Services
from crm.services.demo import load_demo
from ui.context import AppContext


@pytest.fixture
def demo_context(qapp, store):
    load_demo(store, 150)
    context = AppContext.create(Services.for_store(store))
    yield context
    context.undo_stack.clear()
