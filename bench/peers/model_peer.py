"""B5/B6 peer: the same surrogate networks and training step in python3-torch.

usage: model_peer.py step MODEL THREADS REPS
       model_peer.py score MODEL THREADS N REPS
MODEL is mlp (the default model: 77 -> 256 -> 256 -> 1, LeakyReLU 0.1) or transformer (PRIME's:
per-parameter 64-d embeddings + sinusoidal positions, 2 post-LN encoder layers
with 8 heads and FFN 256, dropout 0.1, flatten, 512 -> 512 -> 1). The layers,
the gather-based embedding, the batch (256 feasible + 256 infeasible), the
loss (MSE + alpha * clipped mean) and the scoring chunk (16,384 rows) match
core/model so the times compare like for like. Prints one JSON object.
"""
import json
import math
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

SIZES = [10, 10, 7, 10, 7, 11, 7, 4, 5, 6]  # PRIME's space (one-hot width 77)
CHUNK = 16384
HIDDEN = {"mlp": (256, 256), "transformer": (512, 512)}


def glorot_(w, fan_in, fan_out):
    bound = math.sqrt(6.0 / (fan_in + fan_out))
    with torch.no_grad():
        w.uniform_(-bound, bound)


def linear(i, o):
    layer = torch.nn.Linear(i, o)
    glorot_(layer.weight, i, o)
    torch.nn.init.zeros_(layer.bias)
    return layer


class Net(torch.nn.Module):
    def __init__(self, kind, hidden=(512, 512), embed=64, heads=8, ffn=256, layers=2, dropout=0.1):
        super().__init__()
        self.kind, self.embed, self.heads, self.dropout = kind, embed, heads, dropout
        width, dim = sum(SIZES), len(SIZES)
        self.register_buffer("offsets", torch.tensor(np.cumsum([0] + SIZES[:-1]), dtype=torch.long))
        if kind == "transformer":
            self.table = torch.nn.Parameter(torch.empty(width, embed))
            off = 0
            for k in SIZES:
                glorot_(self.table.data[off:off + k], k, embed)
                off += k
            self.table_bias = torch.nn.Parameter(torch.zeros(dim, embed))
            pos = torch.zeros(dim, embed)
            for p in range(dim):
                for j in range(embed):
                    a = p / 10000 ** (2 * (j // 2) / embed)
                    pos[p, j] = math.sin(a) if j % 2 == 0 else math.cos(a)
            self.register_buffer("positional", pos)
            self.enc = torch.nn.ModuleList()
            for _ in range(layers):
                self.enc.append(torch.nn.ModuleDict({
                    "qkv": linear(embed, 3 * embed), "out": linear(embed, embed),
                    "ff1": linear(embed, ffn), "ff2": linear(ffn, embed),
                    "norm1": torch.nn.LayerNorm(embed, eps=1e-6), "norm2": torch.nn.LayerNorm(embed, eps=1e-6)}))
            rep, first = dim * embed, 0
        else:
            self.table = torch.nn.Parameter(torch.empty(width, hidden[0]))
            glorot_(self.table.data, width, hidden[0])
            self.table_bias = torch.nn.Parameter(torch.zeros(hidden[0]))
            rep, first = hidden[0], 1
        self.hidden = torch.nn.ModuleList()
        for h in hidden[first:]:
            self.hidden.append(linear(rep, h))
            rep = h
        self.output = linear(rep, 1)

    def head(self, x):
        for layer in self.hidden:
            x = F.leaky_relu(layer(x), 0.1)
        return self.output(x).squeeze(1)

    def forward(self, index):
        rows = index + self.offsets
        if self.kind == "mlp":
            first = F.embedding_bag(rows, self.table, mode="sum") + self.table_bias
            return self.head(F.leaky_relu(first, 0.1))
        n, length = index.shape
        e, h = self.embed, self.heads
        dh = e // h
        x = self.table.index_select(0, rows.reshape(-1)).view(n, length, e) + self.table_bias
        drop = lambda t: F.dropout(t, self.dropout, self.training)
        x = drop(x + self.positional)
        for enc in self.enc:
            qkv = enc["qkv"](x).view(n, length, 3, h, dh).permute(2, 0, 3, 1, 4)
            attn = torch.softmax(torch.matmul(qkv[0], qkv[1].transpose(-2, -1)) / math.sqrt(dh), -1)
            mixed = torch.matmul(attn, qkv[2]).transpose(1, 2).reshape(n, length, e)
            x = enc["norm1"](x + drop(enc["out"](mixed)))
            x = enc["norm2"](x + drop(enc["ff2"](torch.relu(enc["ff1"](x)))))
        return self.head(x.reshape(n, length * e))


def random_designs(rng, n):
    return np.stack([rng.integers(0, k, n) for k in SIZES], axis=1).astype(np.uint16)


def step(kind, reps):
    rng = np.random.default_rng(1)
    feasible, infeasible = random_designs(rng, 1000), random_designs(rng, 3000)
    targets = rng.standard_normal(1000).astype(np.float32)
    net = Net(kind, hidden=HIDDEN[kind])
    net.train()
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    times = []
    for r in range(reps + 3):
        t0 = time.perf_counter()
        fi, ii = rng.integers(0, len(feasible), 256), rng.integers(0, len(infeasible), 256)
        index = torch.from_numpy(np.concatenate([feasible[fi], infeasible[ii]]).astype(np.int64))
        y = torch.from_numpy(targets[fi])
        pred = net(index)
        loss = F.mse_loss(pred[:256], y) + 1.0 * pred[256:].mean().clamp(-3.0, 1e6)
        opt.zero_grad()
        loss.backward()
        opt.step()
        if r >= 3:  # warm-up, as the C++ side
            times.append(time.perf_counter() - t0)
    return {"median_s": float(np.median(times))}


def score(kind, n, reps):
    rng = np.random.default_rng(7)
    designs = random_designs(rng, n)
    net = Net(kind, hidden=HIDDEN[kind])
    net.eval()
    times = []
    with torch.inference_mode():
        net(torch.from_numpy(designs[:1000].astype(np.int64)))
        for _ in range(reps):
            t0 = time.perf_counter()
            out = np.empty(n, dtype=np.float32)
            for first in range(0, n, CHUNK):
                index = torch.from_numpy(designs[first:first + CHUNK].astype(np.int64))
                out[first:first + CHUNK] = net(index).numpy()
            times.append(time.perf_counter() - t0)
    return {"designs": n, "median_s": float(np.median(times))}


def main(argv):
    mode, kind, threads = argv[0], argv[1], int(argv[2])
    torch.set_num_threads(threads)
    torch.manual_seed(1)
    result = step(kind, int(argv[3])) if mode == "step" else score(kind, int(argv[3]), int(argv[4]))
    result.update({"model": kind, "threads": torch.get_num_threads(), "torch": torch.__version__})
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
