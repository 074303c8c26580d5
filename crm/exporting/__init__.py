"""Excel files that leave the CRM: client shortlist and progress reports, and the recruiter's candidate list.

Client reports read candidate data only through `privacy` (the one list of client-safe fields), write
every cell through `cells` (never a formula) and every file through `atomic` (never a half file).
"""
