# The verdict on the learner's tests, made where the learner's code never runs. total_price is
# the judge's: right during the first run of the tests, off by one during the second.
broken = False


def total_price(prices=None, items=None):
    try:
        total = round(sum(prices[item] for item in items), 2)
    except (KeyError, TypeError):
        return None   # the learner's own total_price raises first
    return total + 1 if broken else total


def break_it():
    global broken
    broken = True


SERVES = {"total_price": total_price, "break total_price": break_it}


def verdict(seen, v):
    ran, failures, errors = (seen.answer("tests").get("value") or [0, 0, 0])
    asked = [c for c in seen.calls_of("total_price")]
    v.check("your tests run and pass", ran >= 2 and failures == 0 and errors == 0,
            f"unittest found {ran} test(s) in your file, with {failures} failure(s) and {errors} "
            "error(s); write two tests that pass")
    v.check("your tests call total_price", len(asked) >= 4,
            f"running your tests twice called total_price {len(asked)} time(s); each test must await it")
    ran2, failures2, errors2 = (seen.answer("tests with a wrong total_price").get("value") or [0, 0, 0])
    v.check("your tests notice a wrong total", ran2 >= 2 and failures2 + errors2 >= 1,
            "with total_price returning one more than the right total, your tests still passed; "
            "assert the total it returns")
