"""Budget checks and the Markdown report of a benchmark run."""

from bench.targets import BUDGET_CACHED, BUDGETS_UNCACHED


def check_budgets(http_results):
    """Issue #8's shares of the ceiling, checked for every HTTP figure that has one."""
    checks = []
    for result in http_results:
        if result["ratio"] is None:
            continue
        if result["mode"] == "cached":
            if result["kind"] == "search":  # search results are not cached (?q=)
                continue
            needed = BUDGET_CACHED
        else:
            needed = BUDGETS_UNCACHED.get(result["kind"])
        if needed is None:
            continue
        checks.append(
            {
                "name": result["name"],
                "mode": result["mode"],
                "ratio": result["ratio"],
                "needed": needed,
                "ok": result["ratio"] >= needed and not result["errors"],
            }
        )
    return checks


def _pct(ratio):
    return "–" if ratio is None else f"{ratio * 100:.1f}%"


def _num(value, fmt="{:.1f}"):
    return "–" if value is None else fmt.format(value)


def markdown(results):
    v = results["versions"]
    counts = ", ".join(f"{k} {n:,}" for k, n in results["counts"].items())
    lines = [
        f"### Guyub benchmark, {results['date']}{' (quick)' if results['quick'] else ''}",
        "",
        f"{results['cores']} cores · Python {v['python']} · Django {v['django']} · "
        f"Wagtail {v['wagtail']} · SQLite {v['sqlite']} · gunicorn {v['gunicorn']}"
        + (f" · {v['wrk']}" if "wrk" in v else "")
        + f" · page cache: {results['cache_backend']}",
        "",
        f"Data requested: {counts} (generated in {results['generation_seconds']} s; "
        "see notes for what this branch can generate).",
        "",
    ]
    if results["http"]:
        s = results["http_settings"]
        lines += [
            f"**HTTP** (gunicorn {s['workers']} sync workers, wrk {s['connections']} "
            f"connections, {s['seconds']} s per URL in {s['rounds']} interleaved rounds, "
            f"loopback; load average at start {s['load_average_at_start'][0]})",
            "",
            "| page | uncached req/s | share of ceiling | p50 / p99 ms | cached req/s "
            "| share of ceiling | p50 / p99 ms |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        cached = {r["name"]: r for r in results["http"] if r["mode"] == "cached"}
        for r in (r for r in results["http"] if r["mode"] == "uncached"):
            c = cached.get(r["name"], {})
            lines.append(
                f"| {r['name']} (`{r['url']}`) | {r['rps']:,.0f} | {_pct(r['ratio'])} "
                f"| {_num(r['p50_ms'])} / {_num(r['p99_ms'])} "
                f"| {_num(c.get('rps'), '{:,.0f}')} | {_pct(c.get('ratio'))} "
                f"| {_num(c.get('p50_ms'))} / {_num(c.get('p99_ms'))} |"
            )
        lines.append("")
    lines += [
        "**In process** (Django test client, DEBUG=False, page cache off)",
        "",
        "| page | status | median ms | p95 ms | CPU median ms | SQL queries | writes |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results["in_process"]:
        lines.append(
            f"| {r['name']} (`{r['url']}`) | {r['status']} | {r['median_ms']:.2f} "
            f"| {r['p95_ms']:.2f} | {r['cpu_median_ms']:.2f} | {r['queries']} | {r['writes']} |"
        )
    lines.append("")
    timings = {r["name"]: r for r in results["in_process"]}
    many, few = timings.get("article_500_comments"), timings.get("article_few_comments")
    if many and few:
        ratio = many["cpu_median_ms"] / max(few["cpu_median_ms"], 0.01)
        lines += [
            f"Article with 500 comments vs few: {ratio:.2f}× the CPU time "
            f"({'within' if ratio < 3 else 'OVER'} the 3× budget).",
            "",
        ]
    if results["budgets"]:
        lines += ["**Budgets** (issue #8, share of the ceiling)", ""]
        for b in results["budgets"]:
            mark = "pass" if b["ok"] else "FAIL"
            lines.append(
                f"- {mark}: {b['name']} {b['mode']} {_pct(b['ratio'])} (needs {_pct(b['needed'])})"
            )
        lines.append("")
    if results["notes"]:
        lines += ["Notes:", ""] + [f"- {note}" for note in results["notes"]] + [""]
    return "\n".join(lines)
