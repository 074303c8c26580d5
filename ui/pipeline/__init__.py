"""The pipeline: overview across roles, a board per role, the stages editor."""

from ui.pipeline.add_candidates import add_candidates_to_role
from ui.pipeline.page import PipelinePage
from ui.pipeline.stages_editor import StagesEditorDialog

__all__ = ["PipelinePage", "StagesEditorDialog", "add_candidates_to_role"]
