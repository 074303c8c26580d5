"""Entry point of the reader child process: `python -m crm.importing.reader_child` (see reader_process).

It loads only the pure rule modules (crm.domain loads SQLAlchemy and the mapped classes only when one
is asked for), so it starts in ~0.1 s and ~20 MB.
"""

if __name__ == "__main__":
    import gc

    from crm.importing.reader_process import serve

    gc.freeze()  # the modules just loaded live as long as the process: keep them out of collections
    gc.set_threshold(50_000, 10, 10)  # millions of short-lived objects, no cycles worth chasing often
    serve()
