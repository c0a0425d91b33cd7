# tags: tensor
# PyTorch's checked_convert where a Python number is stored into a tensor (fill_, full, masked_fill,
# x[i] = v, clamp bounds, where's scalar, linspace ends, alpha=, int pow), clamp's int-range and NaN bounds,
# ints in [2**63, 2**64) as unsigned scalars, and float // and clamp keeping PyTorch's signed zeros.
import torch
f = torch.tensor([1.5, -2.0, 3.0])
i = torch.tensor([1, 2, 3], dtype=torch.int32)
l = torch.tensor([1, 2, 3])
b = torch.tensor([True, False, True])
d = torch.tensor([1.0, 2.0], dtype=torch.float64)
c = torch.tensor([True, False, True])
cases = {
 'f.fill_(1e308)': lambda: f.clone().fill_(1e308),
 'f.fill_(inf)': lambda: f.clone().fill_(float('inf')),
 'f.fill_(nan)': lambda: f.clone().fill_(float('nan')),
 'i.fill_(2**31)': lambda: i.clone().fill_(2**31),
 'i.fill_(1e10)': lambda: i.clone().fill_(1e10),
 'i.fill_(nan)': lambda: i.clone().fill_(float('nan')),
 'i.fill_(inf)': lambda: i.clone().fill_(float('inf')),
 'l.fill_(2**63-1)': lambda: l.clone().fill_(2**63-1),
 'l.fill_(1e19)': lambda: l.clone().fill_(1e19),
 'l.fill_(2.0**63)': lambda: l.clone().fill_(2.0**63),
 'l.fill_(nan)': lambda: l.clone().fill_(float('nan')),
 'b.fill_(5)': lambda: b.clone().fill_(5),
 'b.fill_(nan)': lambda: b.clone().fill_(float('nan')),
 'full int32 2**53': lambda: torch.full((2,), 2**53, dtype=torch.int32),
 'full_like int32 2**53': lambda: torch.full_like(i, 2**53),
 'full f32 1e308': lambda: torch.full((2,), 1e308),
 'full int64 1e19': lambda: torch.full((2,), 1e19, dtype=torch.int64),
 'zeros(2).fill_(True)': lambda: torch.zeros(2).fill_(True),
 'f.clamp(1e308)': lambda: f.clamp(1e308),
 'f.clamp(max=-1e308)': lambda: f.clamp(max=-1e308),
 'f.clamp(min=inf)': lambda: f.clamp(min=float('inf')),
 'f.clamp(min=nan)': lambda: f.clamp(min=float('nan')),
 'f.clamp(max=nan)': lambda: f.clamp(max=float('nan')),
 'd.clamp(min=nan)': lambda: d.clamp(min=float('nan')),
 'i.clamp(min=-2**63)': lambda: i.clamp(min=-2**63),
 'i.clamp(min=2**31)': lambda: i.clamp(min=2**31),
 'i.clamp(max=1e10)': lambda: i.clamp(max=1e10),
 'i.clamp(min=1.5)': lambda: i.clamp(min=1.5),
 'l.clamp(min=nan)': lambda: l.clamp(min=float('nan')),
 'f.clamp(min=2**63)': lambda: f.clamp(min=2**63),
 'i.clamp_(min=2**31)': lambda: i.clone().clamp_(min=2**31),
 'f.clamp_min(1e308)': lambda: f.clamp_min(1e308),
 'where f 1e308': lambda: torch.where(c, f, 1e308),
 'where 1e308 f': lambda: torch.where(c, 1e308, f),
 'where i 2**40': lambda: torch.where(c, i, 2**40),
 'where i 1e10': lambda: torch.where(c, i, 1e10),
 'where i 2.5': lambda: torch.where(c, i, 2.5),
 'where 2**63-1 scalars': lambda: torch.where(c, 2**62, 3),
 'linspace 1e308': lambda: torch.linspace(1e308, 1.5e308, 3),
 'linspace f64 1e308': lambda: torch.linspace(1e308, 1.5e308, 3, dtype=torch.float64),
 'linspace int32 2**40': lambda: torch.linspace(0, 2**40, 3, dtype=torch.int32),
 'arange f32 1e308': lambda: torch.arange(1e308, 1.5e308, 1e307),
 'arange int32 2**40': lambda: torch.arange(0, 2**40, 2**38, dtype=torch.int32),
 'f + 1e308': lambda: f + 1e308,
 'f * 1e308': lambda: f * 1e308,
 'i + 2**40': lambda: i + 2**40,
 'i + 1e10': lambda: i + 1e10,
 'f.add(1, alpha=1e308)': lambda: f.add(1, alpha=1e308),
 'i.add(1, alpha=2**40)': lambda: i.add(1, alpha=2**40),
 'f.mul_(1e308)': lambda: f.clone().mul_(1e308),
 'i.mul_(2**40)': lambda: i.clone().mul_(2**40),
 'i.add_(1e10)': lambda: i.clone().add_(1e10),
 'i.masked_fill(c, 2**40)': lambda: i.masked_fill(c, 2**40),
 'f.masked_fill(c, 1e308)': lambda: f.masked_fill(c, 1e308),
 'f.pow(1e308)': lambda: f.pow(1e308),
 'i.pow(2**40)': lambda: i.pow(2**40),
 'f.eq(1e308)': lambda: f.eq(1e308),
 'i.eq(2**40)': lambda: i.eq(2**40),
 'i > 2**40': lambda: i > 2**40,
 'torch.tensor(1e308, f32)': lambda: torch.tensor(1e308, dtype=torch.float32),
 'torch.tensor([1e308], f32)': lambda: torch.tensor([1e308], dtype=torch.float32),
 'ones+2**63': lambda: torch.ones(2) + 2**63,
 'l+2**63': lambda: l + 2**63,
 'l.eq(2**63)': lambda: l.eq(2**63),
 '2**63 in l': lambda: 2**63 in l,
 'i.fill_(2**63)': lambda: i.clone().fill_(2**63),
 'f.fill_(2**63)': lambda: f.clone().fill_(2**63),
 'f.fill_(2**64)': lambda: f.clone().fill_(2**64),
 'f.clamp(min=2**64-1)': lambda: f.clamp(min=2**64-1),
 'l * (2**64-1)': lambda: l * (2**64-1),
 'full((2,),2**63)': lambda: torch.full((2,), 2**63),
 'f.div(1e308)': lambda: f.div(1e308),
 'f.new_full': lambda: f.new_full((2,), 1e308),
 'i.new_full': lambda: i.new_full((2,), 2**40),
 'f.sum(dtype)': lambda: f.clamp(min=1e38).sum(),
}
for k, fn in cases.items():
    try:
        r = fn()
        print(k, '->', r)
    except Exception as e:
        print(k, '!!', type(e).__name__, str(e).split('\n')[0])

def assign(t, index, value):
    try:
        t[index] = value
        print(t)
    except Exception as e:
        print(type(e).__name__, str(e).split('\n')[0])
assign(f.clone(), 0, 1e308); assign(i.clone(), 0, 2**40); assign(i.clone(), 0, 1e10); assign(l.clone(), 0, float('nan'))
assign(i.clone(), slice(0, 2), 2**40); assign(f.clone(), 0, 2**63); assign(l.clone(), 0, 2**63); assign(f.clone(), c, 1e308)
i = torch.tensor([1, 2, 3], dtype=torch.int32)
l = torch.tensor([1, 2, 3])
b = torch.tensor([True, False])
for k, fn in {
 'i max=-2**63': lambda: i.clamp(max=-2**63),
 'i max=2**40': lambda: i.clamp(max=2**40),
 'i min=-2**40': lambda: i.clamp(min=-2**40),
 'i min=-2**40,max=2**40': lambda: i.clamp(-2**40, 2**40),
 'i min=2**40,max=2**41': lambda: i.clamp(2**40, 2**41),
 'i min=-2**31-1': lambda: i.clamp(min=-2**31-1),
 'i max=-2**31-1': lambda: i.clamp(max=-2**31-1),
 'l min=2**63-1': lambda: l.clamp(min=2**63-1),
 'l max=-2**63': lambda: l.clamp(max=-2**63),
 'l min=2**63': lambda: l.clamp(min=2**63),
 'b min=5': lambda: b.clamp(min=5),
 'b min=True': lambda: b.clamp(min=True),
 'i.clamp_min(2**40)': lambda: i.clamp_min(2**40),
 'i.clamp_max(-2**40)': lambda: i.clamp_max(-2**40),
 'i.clamp(min=2**31, max=5)': lambda: i.clamp(min=2**31, max=5),
 'i.clamp(min=torch.tensor(2**40))': lambda: i.clamp(min=torch.tensor(2**40)),
 'i.clip(2**40)': lambda: i.clip(2**40),
 'torch.clamp(i, 2**40)': lambda: torch.clamp(i, 2**40),
 'f.clamp(min=2**64)': lambda: torch.ones(2).clamp(min=2**64),
 'f64.clamp(min=1e308)': lambda: torch.ones(2, dtype=torch.float64).clamp(min=1e308),
 'f.clamp(min=-0.0)': lambda: torch.tensor([-0.0, 0.0, -1.0]).clamp(min=0.0),
 'f.clamp(max=-0.0)': lambda: torch.tensor([-0.0, 0.0, 1.0]).clamp(max=-0.0),
 'f.clamp(min=0.0) neg zero': lambda: torch.tensor([-0.0]).clamp(min=0.0),
 'f.clamp(min=-1.0) neg zero': lambda: torch.tensor([-0.0]).clamp(min=-1.0),
 'f.clamp(min=nan, max=1)': lambda: torch.tensor([0.5, 2.0]).clamp(min=float('nan'), max=1.0),
 'f.clamp(min=0, max=nan)': lambda: torch.tensor([0.5, 2.0]).clamp(min=0, max=float('nan')),
 'i.clamp(min=nan)': lambda: i.clamp(min=float('nan')),
 'f.clamp(5, 1)': lambda: torch.tensor([0.5, 2.0, 7.0]).clamp(5, 1),
 'nan.clamp(0,1)': lambda: torch.tensor([float('nan')]).clamp(0, 1),
 'floordiv': lambda: torch.tensor([-0.0, 0.0, -1.0, 1.0]) // 5,
 'floordiv2': lambda: torch.tensor([-0.5, 0.5]) // 5,
 'floordiv3': lambda: torch.tensor([-0.5, 0.5]) // -5,
 'floordiv4': lambda: torch.tensor([0.0, -0.0]) // torch.tensor([-3.0, 3.0]),
 'floordiv5': lambda: torch.tensor([1.0, -1.0]) // float('inf'),
 'floordiv6': lambda: torch.tensor([-1.0, 1.0]) // float('-inf'),
 'floordiv7': lambda: torch.tensor([-0.0]) // float('inf'),
 'floor_divide': lambda: torch.tensor([-0.0, 0.0]).floor_divide(-2.0),
}.items():
    try: print(k, '->', fn())
    except Exception as e: print(k, '!!', type(e).__name__, str(e).split('\n')[0])
