// Each test has its own fake on its own port; only the environment-variable test shares process state.
[assembly: Parallelizable(ParallelScope.Fixtures)]
