/// `torch.utils.data` samplers, drawing from the generators as PyTorch's do.
extension DataSources {
    /// `torch.utils.data.sampler`.
    static let sampler = #"""
        import torch

        class Sampler:
            def __init__(self, data_source=None):
                pass

            def __iter__(self):
                raise NotImplementedError

        class SequentialSampler(Sampler):
            def __init__(self, data_source):
                self.data_source = data_source

            def __iter__(self):
                return iter(range(len(self.data_source)))

            def __len__(self):
                return len(self.data_source)

        class RandomSampler(Sampler):
            def __init__(self, data_source, replacement=False, num_samples=None, generator=None):
                self.data_source = data_source
                self.replacement = replacement
                self._num_samples = num_samples
                self.generator = generator
                if not isinstance(self.replacement, bool):
                    raise TypeError(f"replacement should be a boolean value, but got replacement={self.replacement}")
                if not isinstance(self.num_samples, int) or self.num_samples <= 0:
                    raise ValueError(f"num_samples should be a positive integer value, but got num_samples={self.num_samples}")

            @property
            def num_samples(self):
                if self._num_samples is None:
                    return len(self.data_source)
                return self._num_samples

            def __iter__(self):
                n = len(self.data_source)
                if self.generator is None:
                    seed = int(torch.empty((), dtype=torch.int64).random_().item())
                    generator = torch.Generator()
                    generator.manual_seed(seed)
                else:
                    generator = self.generator
                if self.replacement:
                    for _ in range(self.num_samples // 32):
                        yield from torch.randint(0, n, (32,), dtype=torch.int64, generator=generator).tolist()
                    yield from torch.randint(0, n, (self.num_samples % 32,), dtype=torch.int64, generator=generator).tolist()
                else:
                    for _ in range(self.num_samples // n):
                        yield from torch.randperm(n, generator=generator).tolist()
                    yield from torch.randperm(n, generator=generator).tolist()[: self.num_samples % n]

            def __len__(self):
                return self.num_samples

        class SubsetRandomSampler(Sampler):
            def __init__(self, indices, generator=None):
                self.indices = indices
                self.generator = generator

            def __iter__(self):
                for i in torch.randperm(len(self.indices), generator=self.generator).tolist():
                    yield self.indices[i]

            def __len__(self):
                return len(self.indices)

        class BatchSampler(Sampler):
            def __init__(self, sampler, batch_size, drop_last):
                if not isinstance(batch_size, int) or isinstance(batch_size, bool) or batch_size <= 0:
                    raise ValueError(f"batch_size should be a positive integer value, but got batch_size={batch_size}")
                if not isinstance(drop_last, bool):
                    raise ValueError(f"drop_last should be a boolean value, but got drop_last={drop_last}")
                self.sampler = sampler
                self.batch_size = batch_size
                self.drop_last = drop_last

            def __iter__(self):
                batch = []
                for idx in self.sampler:
                    batch.append(idx)
                    if len(batch) == self.batch_size:
                        yield batch
                        batch = []
                if len(batch) > 0 and not self.drop_last:
                    yield batch

            def __len__(self):
                if self.drop_last:
                    return len(self.sampler) // self.batch_size
                else:
                    return (len(self.sampler) + self.batch_size - 1) // self.batch_size
        """#
}
