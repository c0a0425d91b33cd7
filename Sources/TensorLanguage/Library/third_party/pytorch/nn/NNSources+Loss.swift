extension NNSources {
    /// `torch.nn.modules.loss`.
    static let lossSource = #"""
        import math
        import warnings
        import torch
        from collections import OrderedDict
        from torch.nn.modules.module import Module, _addindent
        from torch.nn.parameter import Parameter
        from torch.nn import init
        from torch.nn import functional as F

        def _legacy_reduction(size_average, reduce):
            if size_average is None:
                size_average = True
            if reduce is None:
                reduce = True
            if size_average and reduce:
                ret = 'mean'
            elif reduce:
                ret = 'sum'
            else:
                ret = 'none'
            warnings.warn(f"size_average and reduce args will be deprecated, please use reduction='{ret}' instead.")
            return ret

        class _Loss(Module):
            def __init__(self, size_average=None, reduce=None, reduction='mean'):
                super().__init__()
                if size_average is not None or reduce is not None:
                    self.reduction = _legacy_reduction(size_average, reduce)
                else:
                    self.reduction = reduction

        class _WeightedLoss(_Loss):
            def __init__(self, weight=None, size_average=None, reduce=None, reduction='mean'):
                super().__init__(size_average, reduce, reduction)
                self.register_buffer('weight', weight)

        class L1Loss(_Loss):
            def forward(self, input, target):
                return F.l1_loss(input, target, reduction=self.reduction)

        class MSELoss(_Loss):
            def forward(self, input, target):
                return F.mse_loss(input, target, reduction=self.reduction)

        class NLLLoss(_WeightedLoss):
            def __init__(self, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean'):
                super().__init__(weight, size_average, reduce, reduction)
                self.ignore_index = ignore_index

            def forward(self, input, target):
                return F.nll_loss(input, target, weight=self.weight, ignore_index=self.ignore_index, reduction=self.reduction)

        class CrossEntropyLoss(_WeightedLoss):
            def __init__(self, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean', label_smoothing=0.0):
                super().__init__(weight, size_average, reduce, reduction)
                self.ignore_index = ignore_index
                self.label_smoothing = label_smoothing

            def forward(self, input, target):
                return F.cross_entropy(input, target, weight=self.weight, ignore_index=self.ignore_index, reduction=self.reduction, label_smoothing=self.label_smoothing)

        class KLDivLoss(_Loss):
            def __init__(self, size_average=None, reduce=None, reduction='mean', log_target=False):
                super().__init__(size_average, reduce, reduction)
                self.log_target = log_target

            def forward(self, input, target):
                return F.kl_div(input, target, reduction=self.reduction, log_target=self.log_target)

        class BCELoss(_WeightedLoss):
            def forward(self, input, target):
                return F.binary_cross_entropy(input, target, weight=self.weight, reduction=self.reduction)

        class BCEWithLogitsLoss(_Loss):
            def __init__(self, weight=None, size_average=None, reduce=None, reduction='mean', pos_weight=None):
                super().__init__(size_average, reduce, reduction)
                self.register_buffer('weight', weight)
                self.register_buffer('pos_weight', pos_weight)

            def forward(self, input, target):
                return F.binary_cross_entropy_with_logits(input, target, self.weight, pos_weight=self.pos_weight, reduction=self.reduction)

        class SmoothL1Loss(_Loss):
            def __init__(self, size_average=None, reduce=None, reduction='mean', beta=1.0):
                super().__init__(size_average, reduce, reduction)
                self.beta = beta

            def forward(self, input, target):
                return F.smooth_l1_loss(input, target, reduction=self.reduction, beta=self.beta)

        class HuberLoss(_Loss):
            def __init__(self, reduction='mean', delta=1.0):
                if not isinstance(delta, (float, int)):
                    raise TypeError(f'delta must be a float or int, got: {type(delta)}')
                super().__init__(reduction=reduction)
                self.delta = delta

            def forward(self, input, target):
                return F.huber_loss(input, target, reduction=self.reduction, delta=self.delta)
        """#

    /// `torch.nn.modules.dropout`.
    static let dropoutSource = #"""
        import math
        import warnings
        import torch
        from collections import OrderedDict
        from torch.nn.modules.module import Module, _addindent
        from torch.nn.parameter import Parameter
        from torch.nn import init
        from torch.nn import functional as F

        class _DropoutNd(Module):
            def __init__(self, p=0.5, inplace=False):
                super().__init__()
                if p < 0 or p > 1:
                    raise ValueError(f'dropout probability has to be between 0 and 1, but got {p}')
                self.p = p
                self.inplace = inplace

            def extra_repr(self):
                return f'p={self.p}, inplace={self.inplace}'

        class Dropout(_DropoutNd):
            def forward(self, input):
                return F.dropout(input, self.p, self.training, self.inplace)
        """#

    /// `torch.nn.modules.batchnorm`.
    static let batchnormSource = #"""
        import math
        import warnings
        import torch
        from collections import OrderedDict
        from torch.nn.modules.module import Module, _addindent
        from torch.nn.parameter import Parameter
        from torch.nn import init
        from torch.nn import functional as F

        class _NormBase(Module):
            _version = 2

            def __init__(self, num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, device=None, dtype=None, *, bias=True):
                super().__init__()
                self.num_features = num_features
                self.eps = eps
                self.momentum = momentum
                self.affine = affine
                self.track_running_stats = track_running_stats
                if self.affine:
                    self.weight = Parameter(torch.empty(num_features, device=device, dtype=dtype))
                    if bias:
                        self.bias = Parameter(torch.empty(num_features, device=device, dtype=dtype))
                    else:
                        self.register_parameter('bias', None)
                else:
                    self.register_parameter('weight', None)
                    self.register_parameter('bias', None)
                if self.track_running_stats:
                    self.register_buffer('running_mean', torch.zeros(num_features, device=device, dtype=dtype))
                    self.register_buffer('running_var', torch.ones(num_features, device=device, dtype=dtype))
                    self.register_buffer('num_batches_tracked', torch.tensor(0, dtype=torch.long, device=device))
                else:
                    self.register_buffer('running_mean', None)
                    self.register_buffer('running_var', None)
                    self.register_buffer('num_batches_tracked', None)
                self.reset_parameters()

            def reset_running_stats(self):
                if self.track_running_stats:
                    self.running_mean.zero_()
                    self.running_var.fill_(1)
                    self.num_batches_tracked.zero_()

            def reset_parameters(self):
                self.reset_running_stats()
                if self.affine:
                    init.ones_(self.weight)
                    if self.bias is not None:
                        init.zeros_(self.bias)

            def extra_repr(self):
                return f'{self.num_features}, eps={self.eps}, momentum={self.momentum}, affine={self.affine}, bias={self.bias is not None}, track_running_stats={self.track_running_stats}'

        class _BatchNorm(_NormBase):
            def forward(self, input):
                self._check_input_dim(input)
                if self.momentum is None:
                    exponential_average_factor = 0.0
                else:
                    exponential_average_factor = self.momentum
                if self.training and self.track_running_stats:
                    if self.num_batches_tracked is not None:
                        self.num_batches_tracked.add_(1)
                        if self.momentum is None:
                            exponential_average_factor = 1.0 / float(self.num_batches_tracked)
                        else:
                            exponential_average_factor = self.momentum
                if self.training:
                    bn_training = True
                else:
                    bn_training = self.running_mean is None and self.running_var is None
                track = not self.training or self.track_running_stats
                return F.batch_norm(input, self.running_mean if track else None, self.running_var if track else None, self.weight, self.bias, bn_training, exponential_average_factor, self.eps)

        class BatchNorm1d(_BatchNorm):
            def _check_input_dim(self, input):
                if input.dim() != 2 and input.dim() != 3:
                    raise ValueError(f'expected 2D or 3D input (got {input.dim()}D input)')

        class BatchNorm2d(_BatchNorm):
            def _check_input_dim(self, input):
                if input.dim() != 4:
                    raise ValueError(f'expected 4D input (got {input.dim()}D input)')
        """#

    /// `torch.nn.modules.normalization`.
    static let normalizationSource = #"""
        import math
        import warnings
        import torch
        from collections import OrderedDict
        from torch.nn.modules.module import Module, _addindent
        from torch.nn.parameter import Parameter
        from torch.nn import init
        from torch.nn import functional as F

        class LayerNorm(Module):
            def __init__(self, normalized_shape, eps=1e-05, elementwise_affine=True, bias=True, device=None, dtype=None):
                super().__init__()
                if isinstance(normalized_shape, int):
                    normalized_shape = (normalized_shape,)
                self.normalized_shape = tuple(normalized_shape)
                self.eps = eps
                self.elementwise_affine = elementwise_affine
                if self.elementwise_affine:
                    self.weight = Parameter(torch.empty(self.normalized_shape, device=device, dtype=dtype))
                    if bias:
                        self.bias = Parameter(torch.empty(self.normalized_shape, device=device, dtype=dtype))
                    else:
                        self.register_parameter('bias', None)
                else:
                    self.register_parameter('weight', None)
                    self.register_parameter('bias', None)
                self.reset_parameters()

            def reset_parameters(self):
                if self.elementwise_affine:
                    init.ones_(self.weight)
                    if self.bias is not None:
                        init.zeros_(self.bias)

            def forward(self, input):
                return F.layer_norm(input, self.normalized_shape, self.weight, self.bias, self.eps)

            def extra_repr(self):
                return f'{self.normalized_shape}, eps={self.eps}, elementwise_affine={self.elementwise_affine}, bias={self.bias is not None}'

        class GroupNorm(Module):
            __constants__ = ['num_groups', 'num_channels', 'eps', 'affine']

            def __init__(self, num_groups, num_channels, eps=1e-05, affine=True, device=None, dtype=None, *, bias=True):
                factory_kwargs = {'device': device, 'dtype': dtype}
                super().__init__()
                if num_channels % num_groups != 0:
                    raise ValueError(f'num_channels ({num_channels}) must be divisible by num_groups ({num_groups})')
                self.num_groups = num_groups
                self.num_channels = num_channels
                self.eps = eps
                self.affine = affine
                if self.affine:
                    self.weight = Parameter(torch.empty(num_channels, **factory_kwargs))
                    if bias:
                        self.bias = Parameter(torch.empty(num_channels, **factory_kwargs))
                    else:
                        self.register_parameter('bias', None)
                else:
                    self.register_parameter('weight', None)
                    self.register_parameter('bias', None)
                self.reset_parameters()

            def reset_parameters(self):
                if self.affine:
                    init.ones_(self.weight)
                    if self.bias is not None:
                        init.zeros_(self.bias)

            def forward(self, input):
                return F.group_norm(input, self.num_groups, self.weight, self.bias, self.eps)

            def extra_repr(self):
                return '{num_groups}, {num_channels}, eps={eps}, affine={affine}, bias={use_bias}'.format(**self.__dict__, use_bias=self.bias is not None)
        """#
}
