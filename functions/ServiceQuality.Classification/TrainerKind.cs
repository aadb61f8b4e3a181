namespace ServiceQuality.Classification;

/// <summary>The linear multiclass learners the pipeline can use on top of the TF-IDF features.</summary>
public enum TrainerKind
{
    /// <summary>Multinomial logistic regression by SDCA: fast and calibrated, the default before the linear SVM.</summary>
    SdcaMaximumEntropy,

    /// <summary>Multinomial logistic regression by L-BFGS.</summary>
    LbfgsMaximumEntropy,

    /// <summary>One linear SVM per class, Platt-calibrated so scores are probabilities.</summary>
    OneVersusAllLinearSvm,

    /// <summary>One SDCA logistic regression per class.</summary>
    OneVersusAllSdcaLogisticRegression,

    /// <summary>
    /// Multiclass linear SVM (hinge loss) by SDCA. Scores are margins, not probabilities; negative
    /// margins count as zero when they are turned into confidences.
    /// </summary>
    SdcaMulticlassSvm,

    /// <summary>One hinge-loss linear SVM per class by SDCA, the scheme of LIBLINEAR's one-vs-rest SVM.</summary>
    OneVersusAllSdcaSvm,

    /// <summary>
    /// The default: one squared-hinge linear SVM per class, solved by dual coordinate descent
    /// (LIBLINEAR's solver, as in scikit-learn's LinearSVC), the classes trained in parallel. Its
    /// margins become confidences by a softmax; see <see cref="LinearClassifier"/>.
    /// </summary>
    DualCoordinateDescentSvm,
}
