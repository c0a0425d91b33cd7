extension NNSources {
    /// `torch.nn.modules.linear`.
    static let linearSource = #"""
        import math
        import warnings
        import torch
        from collections import OrderedDict
        from torch.nn.modules.module import Module, _addindent
        from torch.nn.parameter import Parameter
        from torch.nn import init
        from torch.nn import functional as F

        class Identity(Module):
            def __init__(self, *args, **kwargs):
                super().__init__()

            def forward(self, input):
                return input

        class Linear(Module):
            __constants__ = ['in_features', 'out_features']

            def __init__(self, in_features, out_features, bias=True, device=None, dtype=None):
                super().__init__()
                self.in_features = in_features
                self.out_features = out_features
                self.weight = Parameter(torch.empty((out_features, in_features), device=device, dtype=dtype))
                if bias:
                    self.bias = Parameter(torch.empty(out_features, device=device, dtype=dtype))
                else:
                    self.register_parameter('bias', None)
                self.reset_parameters()

            def reset_parameters(self):
                init.kaiming_uniform_(self.weight, a=math.sqrt(5))
                if self.bias is not None:
                    fan_in, _ = init._calculate_fan_in_and_fan_out(self.weight)
                    bound = 1 / math.sqrt(fan_in) if fan_in > 0 else 0
                    init.uniform_(self.bias, -bound, bound)

            def forward(self, input):
                return F.linear(input, self.weight, self.bias)

            def extra_repr(self):
                return f'in_features={self.in_features}, out_features={self.out_features}, bias={self.bias is not None}'

        class Bilinear(Module):
            __constants__ = ['in1_features', 'in2_features', 'out_features']

            def __init__(self, in1_features, in2_features, out_features, bias=True, device=None, dtype=None):
                super().__init__()
                self.in1_features = in1_features
                self.in2_features = in2_features
                self.out_features = out_features
                self.weight = Parameter(torch.empty((out_features, in1_features, in2_features), device=device, dtype=dtype))
                if bias:
                    self.bias = Parameter(torch.empty(out_features, device=device, dtype=dtype))
                else:
                    self.register_parameter('bias', None)
                self.reset_parameters()

            def reset_parameters(self):
                bound = 1 / math.sqrt(self.weight.size(1))
                init.uniform_(self.weight, -bound, bound)
                if self.bias is not None:
                    init.uniform_(self.bias, -bound, bound)

            def forward(self, input1, input2):
                return F.bilinear(input1, input2, self.weight, self.bias)

            def extra_repr(self):
                return f'in1_features={self.in1_features}, in2_features={self.in2_features}, out_features={self.out_features}, bias={self.bias is not None}'
        """#

    /// `torch.nn.modules.flatten`.
    static let flattenSource = #"""
        import math
        import warnings
        import torch
        from collections import OrderedDict
        from torch.nn.modules.module import Module, _addindent
        from torch.nn.parameter import Parameter
        from torch.nn import init
        from torch.nn import functional as F

        class Flatten(Module):
            __constants__ = ['start_dim', 'end_dim']

            def __init__(self, start_dim=1, end_dim=-1):
                super().__init__()
                self.start_dim = start_dim
                self.end_dim = end_dim

            def forward(self, input):
                return input.flatten(self.start_dim, self.end_dim)

            def extra_repr(self):
                return f'start_dim={self.start_dim}, end_dim={self.end_dim}'

        class Unflatten(Module):
            __constants__ = ['dim', 'unflattened_size']

            def __init__(self, dim, unflattened_size):
                super().__init__()
                self._require_tuple_int(unflattened_size)
                self.dim = dim
                self.unflattened_size = unflattened_size

            def _require_tuple_int(self, input):
                if isinstance(input, (tuple, list)):
                    for idx, elem in enumerate(input):
                        if not isinstance(elem, int):
                            raise TypeError('unflattened_size must be tuple of ints, ' + f'but found element of type {type(elem).__name__} at pos {idx}')
                    return
                raise TypeError(f'unflattened_size must be a tuple of ints, but found type {type(input).__name__}')

            def forward(self, input):
                return input.unflatten(self.dim, self.unflattened_size)

            def extra_repr(self):
                return f'dim={self.dim}, unflattened_size={self.unflattened_size}'
        """#

    /// `torch.nn.modules.sparse`.
    static let sparseSource = #"""
        import math
        import warnings
        import torch
        from collections import OrderedDict
        from torch.nn.modules.module import Module, _addindent
        from torch.nn.parameter import Parameter
        from torch.nn import init
        from torch.nn import functional as F

        class Embedding(Module):
            __constants__ = ['num_embeddings', 'embedding_dim', 'padding_idx', 'max_norm', 'norm_type', 'scale_grad_by_freq', 'sparse']

            def __init__(self, num_embeddings, embedding_dim, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, sparse=False, _weight=None, _freeze=False, device=None, dtype=None):
                super().__init__()
                self.num_embeddings = num_embeddings
                self.embedding_dim = embedding_dim
                if padding_idx is not None:
                    if padding_idx > 0:
                        if padding_idx >= self.num_embeddings:
                            raise AssertionError('Padding_idx must be within num_embeddings')
                    elif padding_idx < 0:
                        if padding_idx < -self.num_embeddings:
                            raise AssertionError('Padding_idx must be within num_embeddings')
                        padding_idx = self.num_embeddings + padding_idx
                self.padding_idx = padding_idx
                self.max_norm = max_norm
                self.norm_type = norm_type
                self.scale_grad_by_freq = scale_grad_by_freq
                if _weight is None:
                    self.weight = Parameter(torch.empty((num_embeddings, embedding_dim), device=device, dtype=dtype), requires_grad=not _freeze)
                    self.reset_parameters()
                else:
                    if _weight.shape != (num_embeddings, embedding_dim):
                        raise AssertionError('Shape of weight does not match num_embeddings and embedding_dim')
                    self.weight = Parameter(_weight, requires_grad=not _freeze)
                self.sparse = sparse

            def reset_parameters(self):
                init.normal_(self.weight)
                self._fill_padding_idx_with_zero()

            def _fill_padding_idx_with_zero(self):
                if self.padding_idx is not None:
                    with torch.no_grad():
                        self.weight[self.padding_idx].fill_(0)

            def forward(self, input):
                return F.embedding(input, self.weight, self.padding_idx, self.max_norm, self.norm_type, self.scale_grad_by_freq, self.sparse)

            def extra_repr(self):
                s = f'{self.num_embeddings}, {self.embedding_dim}'
                if self.padding_idx is not None:
                    s += f', padding_idx={self.padding_idx}'
                if self.max_norm is not None:
                    s += f', max_norm={self.max_norm}'
                if self.norm_type != 2:
                    s += f', norm_type={self.norm_type}'
                if self.scale_grad_by_freq is not False:
                    s += f', scale_grad_by_freq={self.scale_grad_by_freq}'
                if self.sparse is not False:
                    s += ', sparse=True'
                return s

            @classmethod
            def from_pretrained(cls, embeddings, freeze=True, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, sparse=False):
                if embeddings.dim() != 2:
                    raise AssertionError('Embeddings parameter is expected to be 2-dimensional')
                rows, cols = embeddings.shape
                embedding = cls(num_embeddings=rows, embedding_dim=cols, _weight=embeddings, _freeze=freeze, padding_idx=padding_idx, max_norm=max_norm, norm_type=norm_type, scale_grad_by_freq=scale_grad_by_freq, sparse=sparse)
                return embedding
        """#
}
