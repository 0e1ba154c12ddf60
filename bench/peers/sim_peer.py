#!/usr/bin/env python3
"""B3 peer: a straight Python port of the built-in simulator's formulas
(core/sim: prepared_workload, layer_mapper, simulator, area_model), run on the
same designs as the C++ benchmark in the same run.

usage: sim_peer.py WORK_DIR REPEATS
  WORK_DIR holds constants.json, workload.csv and designs.csv written by
  `bench_sim_throughput prepare`; designs.csv also carries the C++ results,
  which this port must reproduce (it counts mismatches).
Prints one JSON object: {"evals_per_s", "designs", "mismatches", "repeats"}.
"""
import json
import math
import os
import statistics
import sys
import time

NONE, PE_MEM, PARAM_MEM, ACT_MEM, INSTR_MEM, WEIGHTS = range(6)
UNFUSED = {"hswish", "hsigmoid", "sigmoid", "tanh"}


def ceil_div(a, b):
    return (a + b - 1) // b


def bit_width(n):
    return int(n).bit_length()


def load_layers(path):
    rows, header = [], None
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            fields = [x.strip() for x in line.split(",")]
            if header is None:
                header = fields
                continue
            rows.append(dict(zip(header, fields)))
    return rows


def prepare(rows):
    """Design-independent per-layer quantities (PreparedWorkload)."""
    layers = []
    for r in rows:
        t = r["type"]
        h, w, c, k = int(r["h"]), int(r["w"]), int(r["c"]), int(r["k"])
        R, S, stride, groups, reps = int(r["r"]), int(r["s"]), int(r["stride"]), int(r["groups"]), int(r["t"])
        op, pad = r["op"], r["pad"]
        if t in ("conv", "dwconv", "pool"):
            ho = ceil_div(h, stride) if pad == "same" else (h - R) // stride + 1
            wo = ceil_div(w, stride) if pad == "same" else (w - S) // stride + 1
        elif t == "upconv" or (t == "eltwise" and op == "upsample"):
            ho, wo = h * stride, w * stride
        else:
            ho, wo = h, w
        mac = t not in ("eltwise", "pool", "se")
        per_group = c // groups
        red = (per_group if t == "upconv" else per_group * R * S) if mac else 0
        L = {
            "kind": "elementwise" if not mac else ("vector" if t in ("fc", "lstm_gate", "lstm_proj") else "spatial"),
            "type": t, "op": op, "depthwise": t == "dwconv", "upconv": t == "upconv",
            "h": h, "w": w, "c": c, "ho": ho, "wo": wo, "k": k, "r": R, "s": S, "stride": stride,
            "group_channels": per_group, "group_outputs": k // groups, "t": reps, "reduction": red,
            "macs": float(ho * wo * k * red * reps), "weights": float(k * per_group * R * S) if mac else 0.0,
            "in_bytes": float(h * w * c), "out_bytes": float(ho * wo * (k if mac else c)),
            "first": False, "last": False,
        }
        L["elements"] = L["in_bytes"] if t in ("pool", "se") else (L["out_bytes"] if t == "eltwise" else 0.0)
        L["barrier"] = t == "se" or (t == "pool" and ho == 1 and wo == 1)
        layers.append(L)
    layers[0]["first"] = True
    layers[-1]["last"] = True
    totals = {"macs": 0.0, "weights": 0.0, "weight_reads": 0.0, "activation_bytes": 0.0, "cumulative": []}
    for L in layers:
        totals["macs"] += L["macs"]
        totals["weights"] += L["weights"]
        totals["weight_reads"] += L["weights"] * L["t"]
        totals["activation_bytes"] += (L["in_bytes"] + L["out_bytes"]) * L["t"]
        totals["cumulative"].append(totals["weights"])
    return layers, totals


def sram(b, c):
    return c["sram_macro_mm2"] + c["sram_mm2_per_mib"] * b / float(1 << 20)


def area(hw, c):
    pes = hw["x"] * hw["y"]
    cores = pes * hw["cores"]
    s = c["area_scale"]
    return (s * cores * hw["lanes"] * c["macs_per_lane"] * c["mac_um2"] * 1e-6
            + s * cores * (sram(hw["core_mem"], c) + sram(hw["par_mem"], c) + sram(hw["act_mem"], c))
            + s * (cores * c["core_control_mm2"] + pes * c["router_mm2"])
            + s * pes * sram(c["instruction_bytes"] * hw["instr_mem"], c)
            + s * pes * sram(hw["pe_mem"], c)
            + c["phy_mm2_per_gbps"] * hw["dram"] + c["fixed_mm2"])


def sram_pj(b, c):
    table = c["sram_pj_per_byte"]
    if b <= table[0][0]:
        return table[0][1]
    if b >= table[-1][0]:
        return table[-1][1]
    for (b0, e0), (b1, e1) in zip(table, table[1:]):
        if b0 <= b < b1:
            t = math.log(b / b0) / math.log(b1 / b0)
            return e0 * math.pow(e1 / e0, t)
    return table[-1][1]


def core_cost(outputs, pixels, red, reps, lane_cap, g, c):
    if c["core_model"] == "systolic_os":
        ra, ca = g["sys_rows"], g["sys_cols"]
        folds = ceil_div(pixels, ra) * ceil_div(outputs, ca)
        return float(folds) * float(red + ra + ca - 2) * reps, folds * reps, min(ra, pixels) * min(ca, outputs)
    lanes = min(g["lanes"], outputs, lane_cap)
    passes = ceil_div(outputs, lanes)
    per_pass = float(pixels) * float(red) * reps + float(lanes) + c["pass_fill_cycles"]
    return float(passes) * per_pass, passes * ceil_div(pixels, c["pixel_tile"]) * reps, lanes


def refetch(slice_bytes, pixels, reps, g, c):
    if slice_bytes <= g["core_mem"]:
        return 0.0, 0.0
    reuses = float(ceil_div(pixels, c["pixel_tile"]) * reps - 1)
    if reuses <= 0:
        return 0.0, 0.0
    return float(slice_bytes) * reuses * g["cores"] / c["pe_memory_port_bytes"], float(slice_bytes) * reuses * g["cores"] * g["pes"]


def map_spatial(L, g, c):
    chunk = 2 * L["r"] * L["s"] * min(L["group_channels"], c["channel_chunk"])
    lane_cap = g["par_mem"] // chunk
    line_rows = 1 if L["upconv"] else L["r"]
    link = c["noc_link_bytes"]
    splits = [(g["y"], g["x"], 1, "spatial"), (g["y"], 1, g["x"], "rows_channels"), (1, 1, g["pes"], "channels")]
    skip = [False, g["x"] == 1, g["y"] == 1 and g["x"] > 1]
    best, last_reason = None, NONE
    for i, (sr, sc, sk, part) in enumerate(splits):
        if skip[i]:
            continue
        rows, cols, k_pe = ceil_div(L["ho"], sr), ceil_div(L["wo"], sc), ceil_div(L["k"], sk)
        if L["depthwise"]:
            c_pe = k_pe
        elif L["group_channels"] == L["c"]:
            c_pe = L["c"]
        else:
            c_pe = min(L["c"], ceil_div(k_pe, L["group_outputs"]) * L["group_channels"])
        in_rows = ceil_div(rows, L["stride"]) if L["upconv"] else (rows - 1) * L["stride"] + L["r"]
        in_cols = ceil_div(cols, L["stride"]) if L["upconv"] else (cols - 1) * L["stride"] + L["s"]
        footprint = in_rows * in_cols * c_pe + rows * cols * k_pe
        if c["activation_buffering"] * footprint > g["pe_mem"]:
            last_reason = PE_MEM
            continue
        if lane_cap < 1:
            last_reason = PARAM_MEM
            continue
        if line_rows * in_cols * min(c_pe, c["channel_chunk"]) > g["act_mem"]:
            last_reason = ACT_MEM
            continue
        noc_bytes = 0.0
        if not L["upconv"]:
            if sr > 1:
                noc_bytes += float(L["r"] - 1) * L["in_bytes"] * sr / L["h"]
            if sc > 1:
                noc_bytes += float(L["s"] - 1) * L["in_bytes"] * sc / L["w"]
        noc = 0.0
        if sk > 1:
            if L["depthwise"]:
                noc = L["in_bytes"] / sk / link + g["hops"] * c["noc_hop_cycles"]
            else:
                hops = 0.5 * g["x"] if part == "rows_channels" else g["hops"]
                noc_bytes += L["in_bytes"] / sr * hops
        noc += noc_bytes / link
        for split in (0, 1):
            if split == 1 and g["cores"] == 1:
                break
            if split == 0:
                outputs, pixels = ceil_div(k_pe, g["cores"]), rows * cols
            else:
                outputs, pixels = k_pe, ceil_div(rows, g["cores"]) * cols
            cycles, tiles, lanes = core_cost(outputs, pixels, L["reduction"], L["t"], lane_cap, g, c)
            pe, fetched = refetch(outputs * L["reduction"], pixels, L["t"], g, c)
            onchip = max(cycles, noc, pe)
            if best is None or onchip < best["onchip"]:
                best = {"onchip": onchip, "compute": cycles, "noc": noc, "pe": pe, "tiles": tiles,
                        "footprint": float(footprint), "refetch": fetched}
    return best, last_reason


def map_vector(L, g, c):
    k_pe = ceil_div(L["k"], g["pes"])
    footprint = L["c"] + k_pe
    if c["activation_buffering"] * footprint > g["pe_mem"]:
        return None, PE_MEM
    lane_cap = g["par_mem"] // (2 * min(L["group_channels"], c["channel_chunk"]))
    if lane_cap < 1:
        return None, PARAM_MEM
    if 2 * min(L["reduction"], 64 * c["channel_chunk"]) > g["act_mem"]:
        return None, ACT_MEM
    noc = L["in_bytes"] * L["t"] * g["hops"] / c["noc_link_bytes"] if g["pes"] > 1 else 0.0
    pixels = L["ho"] * L["wo"]
    best = None
    for split in (0, 1):
        if split == 1 and (not c["split_reduction"] or g["cores"] == 1):
            break
        if split == 0:
            outputs, red = ceil_div(k_pe, g["cores"]), L["reduction"]
        else:
            outputs, red = k_pe, ceil_div(L["reduction"], g["cores"])
        cycles, tiles, lanes = core_cost(outputs, pixels, red, L["t"], lane_cap, g, c)
        if split == 1:
            vectors = ceil_div(outputs, max(lanes, 1))
            cycles += float(vectors) * float(pixels) * L["t"] * g["tree"]
        pe, fetched = refetch(outputs * red, pixels, L["t"], g, c)
        onchip = max(cycles, noc, pe)
        if best is None or onchip < best["onchip"]:
            best = {"onchip": onchip, "compute": cycles, "noc": noc, "pe": pe, "tiles": tiles,
                    "footprint": float(footprint), "refetch": fetched}
    return best, NONE


def evaluate(hw, workload, c):
    layers, totals = workload
    pes = hw["x"] * hw["y"]
    lane_bits = bit_width(max(hw["lanes"], 1)) - 1
    g = dict(hw, pes=pes, lanes_total=float(pes * hw["cores"] * hw["lanes"]), hops=0.5 * (hw["x"] + hw["y"]),
             dram_bpc=c["dram_efficiency"] * hw["dram"] / c["clock_ghz"],
             tree=bit_width(hw["cores"] - 1) if hw["cores"] > 1 else 0,
             sys_rows=1 << (lane_bits // 2))
    g["sys_cols"] = max(1, hw["lanes"] // g["sys_rows"])
    op_cost = {"none": 0.0, "relu": c["cost_relu"], "relu6": c["cost_relu"], "hswish": c["cost_hswish"],
               "hsigmoid": c["cost_hsigmoid"], "sigmoid": c["cost_sigmoid"], "tanh": c["cost_tanh"],
               "add": c["cost_add"], "mul": c["cost_mul"], "upsample": c["cost_upsample"],
               "max": c["cost_pool"], "avg": c["cost_pool"]}
    chip_area = area(hw, c)
    overhead = c["layer_overhead_cycles"]
    per_byte = 1.0 / g["dram_bpc"]

    def entries(tiles, reps):
        return (c["instructions_per_layer"] + c["instructions_per_tile_bit"] * float(bit_width(max(tiles, 0)))
                + c["instructions_per_repeat"] * float(reps - 1))

    program = c["instructions_fixed"]
    cyc_res = cyc_str = dram_res = dram_str = largest = refetched = 0.0
    for i, L in enumerate(layers):
        noc = pe = 0.0
        layer_overhead = overhead
        if L["kind"] == "elementwise":
            vectors = float(ceil_div(int(L["elements"] * L["t"]), int(g["lanes_total"])))
            per = c["cost_pool"] + c["cost_mul"] if L["type"] == "se" else op_cost[L["op"]]
            compute = vectors * per
            if L["barrier"]:
                layer_overhead += c["barrier_sync_cycles"]
                if pes > 1:
                    noc = c["barrier_hops_per_side"] * (hw["x"] + hw["y"]) * c["noc_hop_cycles"]
                    if L["type"] == "se":
                        noc += L["c"] * g["hops"] / c["noc_link_bytes"]
            tiles = ceil_div(int(vectors), c["pixel_tile"])
        else:
            best, reason = map_spatial(L, g, c) if L["kind"] == "spatial" else map_vector(L, g, c)
            if best is None:
                return False, reason, i, 0.0, chip_area, 0.0
            compute, noc, pe, tiles = best["compute"], best["noc"], best["pe"], best["tiles"]
            largest = max(largest, best["footprint"])
            refetched += best["refetch"]
            if L["op"] != "none":
                vectors = float(ceil_div(int(L["out_bytes"] * L["t"]), int(g["lanes_total"])))
                compute += vectors * op_cost[L["op"]]
                if L["op"] in UNFUSED:
                    layer_overhead += overhead
                    program += entries(ceil_div(int(vectors), c["pixel_tile"]), 1)
        program += entries(tiles, L["t"])
        if program > hw["instr_mem"]:
            return False, INSTR_MEM, i, 0.0, chip_area, 0.0
        io = (L["in_bytes"] * L["t"] if L["first"] else 0.0) + (L["out_bytes"] * L["t"] if L["last"] else 0.0)
        streamed = io + L["weights"] * L["t"]
        onchip = max(compute, noc, pe)
        cyc_res += max(onchip, io * per_byte) + layer_overhead
        cyc_str += max(onchip, streamed * per_byte) + layer_overhead
        dram_res += io
        dram_str += streamed
    capacity = float(pes) * (float(hw["cores"]) * float(hw["core_mem"]) +
                             max(0.0, float(hw["pe_mem"]) - c["activation_buffering"] * largest))
    resident = totals["weights"] <= c["residency_fraction"] * capacity
    if not resident and c["residency"] == "strict":
        cap = c["residency_fraction"] * capacity
        over = next((j for j, v in enumerate(totals["cumulative"]) if v > cap), len(layers))
        return False, WEIGHTS, over, 0.0, chip_area, 0.0
    latency = (cyc_res if resident else cyc_str) / (c["clock_ghz"] * 1e6)
    dram = dram_res if resident else dram_str
    pj = (totals["macs"] * (c["mac_pj"] + sram_pj(hw["par_mem"], c))
          + totals["macs"] / hw["lanes"] * sram_pj(hw["act_mem"], c)
          + totals["weight_reads"] * sram_pj(hw["core_mem"], c)
          + (totals["activation_bytes"] + refetched) * sram_pj(hw["pe_mem"], c)
          + dram * c["dram_pj_per_byte"])
    energy = pj * 1e-9 + c["leakage_mw_per_mm2"] * 1e-3 * chip_area * latency
    return True, NONE, -1, latency, chip_area, energy


def read_designs(path):
    designs = []
    with open(path) as f:
        next(f)
        for line in f:
            v = line.strip().split(",")
            hw = {"x": int(v[0]), "y": int(v[1]), "lanes": int(v[2]), "cores": int(v[3]), "pe_mem": int(v[4]),
                  "core_mem": int(v[5]), "instr_mem": int(v[6]), "par_mem": int(v[7]), "act_mem": int(v[8]),
                  "dram": float(v[9])}
            expected = (v[10] == "1", int(v[11]), int(v[12]), float(v[13]))
            designs.append((hw, expected))
    return designs


def main(work, repeats):
    with open(os.path.join(work, "constants.json")) as f:
        c = json.load(f)
    workload = prepare(load_layers(os.path.join(work, "workload.csv")))
    designs = read_designs(os.path.join(work, "designs.csv"))
    mismatches = 0
    for hw, (feasible, reason, layer, latency) in designs:
        ok, why, where, ms, _, _ = evaluate(hw, workload, c)
        if ok != feasible or why != reason or where != layer or abs(ms - latency) > 1e-9 * max(latency, 1e-12):
            mismatches += 1
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        for hw, _ in designs:
            evaluate(hw, workload, c)
        times.append(time.perf_counter() - start)
    print(json.dumps({"evals_per_s": len(designs) / statistics.median(times), "designs": len(designs),
                      "mismatches": mismatches, "repeats": repeats}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3)
