// Some tests set GLOBUS_SDK_* process environment variables, which every client reads when built:
// tests therefore run one at a time (a full run takes seconds).
[assembly: NUnit.Framework.NonParallelizable]
