extension NNSources {
    /// `torch.nn.modules.activation`.
    static let activationSource = #"""
        import math
        import warnings
        import torch
        from collections import OrderedDict
        from torch.nn.modules.module import Module, _addindent
        from torch.nn.parameter import Parameter
        from torch.nn import init
        from torch.nn import functional as F

        class ReLU(Module):
            def __init__(self, inplace=False):
                super().__init__()
                self.inplace = inplace

            def forward(self, input):
                return F.relu(input, inplace=self.inplace)

            def extra_repr(self):
                return 'inplace=True' if self.inplace else ''

        class ReLU6(Module):
            def __init__(self, inplace=False):
                super().__init__()
                self.inplace = inplace

            def forward(self, input):
                return F.hardtanh(input, 0.0, 6.0, self.inplace)

            def extra_repr(self):
                return 'inplace=True' if self.inplace else ''

        class SiLU(Module):
            def __init__(self, inplace=False):
                super().__init__()
                self.inplace = inplace

            def forward(self, input):
                return F.silu(input, inplace=self.inplace)

            def extra_repr(self):
                return 'inplace=True' if self.inplace else ''

        class Mish(Module):
            def __init__(self, inplace=False):
                super().__init__()
                self.inplace = inplace

            def forward(self, input):
                return F.mish(input, inplace=self.inplace)

            def extra_repr(self):
                return 'inplace=True' if self.inplace else ''

        class Hardsigmoid(Module):
            def __init__(self, inplace=False):
                super().__init__()
                self.inplace = inplace

            def forward(self, input):
                return F.hardsigmoid(input, self.inplace)

        class Hardswish(Module):
            def __init__(self, inplace=False):
                super().__init__()
                self.inplace = inplace

            def forward(self, input):
                return F.hardswish(input, self.inplace)

        class SELU(Module):
            def __init__(self, inplace=False):
                super().__init__()
                self.inplace = inplace

            def forward(self, input):
                return F.selu(input, self.inplace)

            def extra_repr(self):
                return 'inplace=True' if self.inplace else ''

        class Sigmoid(Module):
            def forward(self, input):
                return torch.sigmoid(input)

        class Tanh(Module):
            def forward(self, input):
                return torch.tanh(input)

        class LogSigmoid(Module):
            def forward(self, input):
                return F.logsigmoid(input)

        class Softsign(Module):
            def forward(self, input):
                return F.softsign(input)

        class Tanhshrink(Module):
            def forward(self, input):
                return F.tanhshrink(input)

        class ELU(Module):
            def __init__(self, alpha=1.0, inplace=False):
                super().__init__()
                self.alpha = alpha
                self.inplace = inplace

            def forward(self, input):
                return F.elu(input, self.alpha, self.inplace)

            def extra_repr(self):
                return f'alpha={self.alpha}' + (', inplace=True' if self.inplace else '')

        class CELU(Module):
            def __init__(self, alpha=1.0, inplace=False):
                super().__init__()
                self.alpha = alpha
                self.inplace = inplace

            def forward(self, input):
                return F.celu(input, self.alpha, self.inplace)

            def extra_repr(self):
                return f'alpha={self.alpha}' + (', inplace=True' if self.inplace else '')

        class LeakyReLU(Module):
            def __init__(self, negative_slope=0.01, inplace=False):
                super().__init__()
                self.negative_slope = negative_slope
                self.inplace = inplace

            def forward(self, input):
                return F.leaky_relu(input, self.negative_slope, self.inplace)

            def extra_repr(self):
                return f'negative_slope={self.negative_slope}' + (', inplace=True' if self.inplace else '')

        class GELU(Module):
            def __init__(self, approximate='none'):
                super().__init__()
                self.approximate = approximate

            def forward(self, input):
                return F.gelu(input, approximate=self.approximate)

            def extra_repr(self):
                return f'approximate={repr(self.approximate)}'

        class Softplus(Module):
            def __init__(self, beta=1.0, threshold=20.0):
                super().__init__()
                self.beta = beta
                self.threshold = threshold

            def forward(self, input):
                return F.softplus(input, self.beta, self.threshold)

            def extra_repr(self):
                return f'beta={self.beta}, threshold={self.threshold}'

        class Hardtanh(Module):
            def __init__(self, min_val=-1.0, max_val=1.0, inplace=False):
                super().__init__()
                self.min_val = min_val
                self.max_val = max_val
                self.inplace = inplace

            def forward(self, input):
                return F.hardtanh(input, self.min_val, self.max_val, self.inplace)

            def extra_repr(self):
                return f'min_val={self.min_val}, max_val={self.max_val}' + (', inplace=True' if self.inplace else '')

        class Softmax(Module):
            __constants__ = ['dim']

            def __init__(self, dim=None):
                if dim is not None and (not isinstance(dim, int) or isinstance(dim, bool)):
                    raise TypeError(f'dim must be an int or None, got {type(dim)}')
                super().__init__()
                self.dim = dim

            def forward(self, input):
                return F.softmax(input, self.dim, _stacklevel=5)

            def extra_repr(self):
                return f'dim={self.dim}'

        class LogSoftmax(Module):
            __constants__ = ['dim']

            def __init__(self, dim=None):
                if dim is not None and (not isinstance(dim, int) or isinstance(dim, bool)):
                    raise TypeError(f'dim must be an int or None, got {type(dim)}')
                super().__init__()
                self.dim = dim

            def forward(self, input):
                return F.log_softmax(input, self.dim, _stacklevel=5)

            def extra_repr(self):
                return f'dim={self.dim}'

        class Softmin(Module):
            __constants__ = ['dim']

            def __init__(self, dim=None):
                if dim is not None and (not isinstance(dim, int) or isinstance(dim, bool)):
                    raise TypeError(f'dim must be an int or None, got {type(dim)}')
                super().__init__()
                self.dim = dim

            def forward(self, input):
                return F.softmin(input, self.dim, _stacklevel=5)

            def extra_repr(self):
                return f'dim={self.dim}'
        """#
}
