/// `torch.utils.data`: the package, datasets and `random_split`.
enum DataSources {
    /// The modules by dotted name.
    static let files: [String: String] = [
        "torch.utils": utilsPackage,
        "torch.utils.data": dataPackage,
        "torch.utils.data.dataset": dataset,
        "torch.utils.data._utils": privateutilsPackage,
        "torch.utils.data._utils.collate": collate,
        "torch.utils.data.sampler": sampler,
        "torch.utils.data.dataloader": dataloader,
    ]

    /// `torch.utils`.
    static let utilsPackage = ""
    /// `torch.utils.data`.
    static let dataPackage = #"""
        from torch.utils.data.dataset import ConcatDataset, Dataset, IterableDataset, Subset, TensorDataset, random_split
        from torch.utils.data.sampler import BatchSampler, RandomSampler, Sampler, SequentialSampler, SubsetRandomSampler
        from torch.utils.data.dataloader import DataLoader
        from torch.utils.data._utils.collate import default_collate, default_convert
        """#
    /// `torch.utils.data.dataset`.
    static let dataset = #"""
        import math
        import warnings
        import torch

        class Dataset:
            def __getitem__(self, index):
                raise NotImplementedError("Subclasses of Dataset should implement __getitem__.")

            def __add__(self, other):
                return ConcatDataset([self, other])

        class IterableDataset(Dataset):
            def __iter__(self):
                raise NotImplementedError("Subclasses of IterableDataset should implement __iter__.")

        class TensorDataset(Dataset):
            def __init__(self, *tensors):
                if any(tensors[0].size(0) != tensor.size(0) for tensor in tensors):
                    raise AssertionError("Size mismatch between tensors")
                self.tensors = tensors

            def __getitem__(self, index):
                return tuple(tensor[index] for tensor in self.tensors)

            def __len__(self):
                return self.tensors[0].size(0)

        class ConcatDataset(Dataset):
            def __init__(self, datasets):
                self.datasets = list(datasets)
                if len(self.datasets) == 0:
                    raise AssertionError("datasets should not be an empty iterable")
                for d in self.datasets:
                    if isinstance(d, IterableDataset):
                        raise AssertionError("ConcatDataset does not support IterableDataset")
                self.cumulative_sizes = []
                total = 0
                for d in self.datasets:
                    total += len(d)
                    self.cumulative_sizes.append(total)

            def __len__(self):
                return self.cumulative_sizes[-1]

            def __getitem__(self, idx):
                if idx < 0:
                    if -idx > len(self):
                        raise ValueError("absolute value of index should not exceed dataset length")
                    idx = len(self) + idx
                dataset_idx = 0
                while dataset_idx < len(self.cumulative_sizes) and self.cumulative_sizes[dataset_idx] <= idx:
                    dataset_idx += 1
                if dataset_idx == 0:
                    sample_idx = idx
                else:
                    sample_idx = idx - self.cumulative_sizes[dataset_idx - 1]
                return self.datasets[dataset_idx][sample_idx]

        class Subset(Dataset):
            def __init__(self, dataset, indices):
                self.dataset = dataset
                self.indices = indices

            def __getitem__(self, idx):
                if isinstance(idx, list):
                    return self.dataset[[self.indices[i] for i in idx]]
                return self.dataset[self.indices[idx]]

            def __getitems__(self, indices):
                if callable(getattr(self.dataset, "__getitems__", None)):
                    return self.dataset.__getitems__([self.indices[idx] for idx in indices])
                else:
                    return [self.dataset[self.indices[idx]] for idx in indices]

            def __len__(self):
                return len(self.indices)

        def random_split(dataset, lengths, generator=None):
            if math.isclose(sum(lengths), 1) and sum(lengths) <= 1:
                subset_lengths = []
                for i, frac in enumerate(lengths):
                    if frac < 0 or frac > 1:
                        raise ValueError(f"Fraction at index {i} is not between 0 and 1")
                    n_items_in_split = math.floor(len(dataset) * frac)
                    subset_lengths.append(n_items_in_split)
                remainder = len(dataset) - sum(subset_lengths)
                for i in range(remainder):
                    idx_to_add_at = i % len(subset_lengths)
                    subset_lengths[idx_to_add_at] += 1
                lengths = subset_lengths
                for i, length in enumerate(lengths):
                    if length == 0:
                        warnings.warn(f"Length of split at index {i} is 0. This might result in an empty dataset.", stacklevel=2)
            if sum(lengths) != len(dataset):
                raise ValueError("Sum of input lengths does not equal the length of the input dataset!")
            indices = torch.randperm(sum(lengths), generator=generator).tolist()
            subsets = []
            offset = 0
            for length in lengths:
                offset += length
                subsets.append(Subset(dataset, indices[offset - length : offset]))
            return subsets
        """#
    /// `torch.utils.data._utils`.
    static let privateutilsPackage = ""
    /// `torch.utils.data._utils.collate`.
    static let collate = #"""
        import torch

        default_collate_err_msg_format = "default_collate: batch must contain tensors, numpy arrays, numbers, dicts or lists; found {}"

        def _is_namedtuple(value):
            return isinstance(value, tuple) and hasattr(value, "_fields")

        def default_convert(data):
            if isinstance(data, torch.Tensor):
                return data
            if isinstance(data, dict):
                return {key: default_convert(data[key]) for key in data}
            if _is_namedtuple(data):
                return type(data)(*(default_convert(d) for d in data))
            if isinstance(data, tuple):
                return [default_convert(d) for d in data]
            if isinstance(data, list):
                return [default_convert(d) for d in data]
            return data

        def default_collate(batch):
            elem = batch[0]
            elem_type = type(elem)
            if isinstance(elem, torch.Tensor):
                return torch.stack(batch, 0)
            if isinstance(elem, float):
                return torch.tensor(batch, dtype=torch.float64)
            if isinstance(elem, int):
                return torch.tensor(batch)
            if isinstance(elem, str):
                return batch
            if isinstance(elem, dict):
                return {key: default_collate([d[key] for d in batch]) for key in elem}
            if _is_namedtuple(elem):
                return elem_type(*(default_collate(samples) for samples in zip(*batch)))
            if isinstance(elem, (tuple, list)):
                elem_size = len(elem)
                if not all(len(e) == elem_size for e in batch):
                    raise RuntimeError("each element in list of batch should be of equal size")
                transposed = list(zip(*batch))
                return [default_collate(samples) for samples in transposed]
            raise TypeError(default_collate_err_msg_format.format(elem_type))
        """#
}
