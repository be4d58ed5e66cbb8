"""partykg.startup.loading: what a process loads at its start, with the collector off, then frozen."""
import subprocess
import sys


def test_loading_keeps_the_collector_off_then_freezes_what_was_loaded_and_turns_it_back_on():
    # in a process of its own: freezing is for the rest of a process's life
    code = """if True:
        import gc
        from partykg.startup import loading
        before = gc.get_freeze_count()
        with loading():
            inside = gc.isenabled()
            with loading():
                made = [[] for _ in range(1000)]
            after_nested = gc.isenabled()  # (the outer one turns it back on)
        print(inside, after_nested, gc.isenabled(), gc.get_freeze_count() - before >= len(made))
    """
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False", "True", "True"]


def test_a_process_that_had_the_collector_off_keeps_it_off():
    code = """if True:
        import gc
        from partykg.startup import loading
        gc.disable()
        with loading():
            pass
        print(gc.isenabled())
    """
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False"]


def test_fewer_collections_raises_the_young_generation_threshold_then_restores_the_callers():
    # in a process of its own: the threshold is the process's
    code = """if True:
        import gc
        from partykg.startup import GC_THRESHOLD, fewer_collections
        gc.set_threshold(500, 7, 9)
        with fewer_collections():
            inside = gc.get_threshold()
        print(inside == (GC_THRESHOLD, 7, 9), gc.get_threshold() == (500, 7, 9))
    """
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "True"]
