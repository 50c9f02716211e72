# SPDX-License-Identifier: GPL-3.0-or-later
# One config target linked by every target: language standard, warnings, strict Qt macros.
add_library(jikenbo_config INTERFACE)
add_library(Jikenbo::config ALIAS jikenbo_config)

target_compile_features(jikenbo_config INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(jikenbo_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    JIKENBO_VERSION="${PROJECT_VERSION}")

target_compile_options(jikenbo_config INTERFACE
    -Wall -Wextra -Wpedantic $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> -Wnon-virtual-dtor -Wcast-qual
    -Wformat=2 -Wundef -Wno-missing-field-initializers)

if(JIKENBO_SANITIZE)
    target_compile_options(jikenbo_config INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(jikenbo_config INTERFACE -fsanitize=address,undefined)
endif()

if(JIKENBO_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "JIKENBO_FUZZ needs clang (CXX=clang++)")
    endif()
    target_compile_options(jikenbo_config INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(jikenbo_config INTERFACE -fsanitize=address,undefined)
endif()

# Precompiled headers: the Qt and standard headers most files include are parsed once per
# library (and once for all core suites, once for all widget suites) instead of once per file,
# which is most of a file's compile time. jikenbo_precompile(TARGET CORE|GUI) for a library or
# program; tests reuse the header of their kind (tests/CMakeLists.txt).
option(JIKENBO_PCH "Precompile the Qt headers most sources include" ON)
set(JIKENBO_PCH_CORE
    <QByteArray> <QCoreApplication> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash>
    <QJsonArray> <QJsonDocument> <QJsonObject> <QList> <QMap> <QObject> <QRegularExpression>
    <QSet> <QSqlDatabase> <QSqlError> <QSqlQuery> <QString> <QStringList> <QVariant>
    <algorithm> <functional> <memory> <optional> <vector>)
set(JIKENBO_PCH_GUI ${JIKENBO_PCH_CORE}
    <QAction> <QApplication> <QComboBox> <QDialog> <QHBoxLayout> <QHeaderView> <QLabel>
    <QLineEdit> <QMainWindow> <QMenu> <QMessageBox> <QPainter> <QPushButton> <QTableView>
    <QTextCursor> <QTextDocument> <QToolButton> <QVBoxLayout> <QWidget>)
function(jikenbo_precompile target kind)
    if(JIKENBO_PCH)
        target_precompile_headers(${target} PRIVATE ${JIKENBO_PCH_${kind}})
    endif()
endfunction()
