"""All the services over one store, built together by the composition root (GUI or CLI)."""

from __future__ import annotations

from dataclasses import dataclass

from crm.persistence.store import Store
from crm.services.candidates import CandidateService
from crm.services.client_overview import ClientOverviewService
from crm.services.companies import CompanyService
from crm.services.pipeline import PipelineService
from crm.services.role_overview import RoleOverviewService
from crm.services.roles import RoleService


@dataclass
class Services:
    store: Store
    candidates: CandidateService
    companies: CompanyService
    roles: RoleService
    pipeline: PipelineService
    role_overview: RoleOverviewService
    client_overview: ClientOverviewService

    @classmethod
    def for_store(cls, store: Store) -> Services:
        return cls(
            store=store,
            candidates=CandidateService(store),
            companies=CompanyService(store),
            roles=RoleService(store),
            pipeline=PipelineService(store),
            role_overview=RoleOverviewService(store),
            client_overview=ClientOverviewService(store),
        )
